package gx.techmarket.catalogue.result;

import gx.techmarket.contracts.events.Patent;
import gx.techmarket.contracts.events.PatentKind;
import gx.techmarket.platform.problems.ProblemException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The rules a result's rights keep, each refusal on the field at fault: a number written as its kind's numbers are
 * (400 {@code PATENT_NUMBER_FORMAT}), a patent's kind as its number says (the kind digit of a CNIPA application
 * number: 1 or 8 发明, 2 or 9 实用新型, 3 外观设计; 400 {@code PATENT_KIND_MISMATCH}), each number once (400
 * {@code DUPLICATE_ITEM}).
 */
final class IpRules {

    private IpRules() {}

    static List<Patent> patents(List<PatentRequest> requests) {
        if (requests == null) {
            return List.of();
        }
        List<Patent> patents = new ArrayList<>();
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < requests.size(); i++) {
            PatentRequest p = requests.get(i);
            String number = p.number().strip().toUpperCase(Locale.ROOT);
            if (!p.kind().accepts(number)) {
                throw ProblemException.badRequest("PATENT_NUMBER_FORMAT", number)
                        .withField("patents[" + i + "].number", "PATENT_NUMBER_FORMAT");
            }
            PatentKind byNumber = kindOf(number);
            if (byNumber != null && byNumber != p.kind()) {
                throw ProblemException.badRequest("PATENT_KIND_MISMATCH", number)
                        .withField("patents[" + i + "].kind", "PATENT_KIND_MISMATCH");
            }
            if (!numbers.add(number)) {
                throw ProblemException.badRequest("DUPLICATE_ITEM", number).withField("patents", "DUPLICATE_ITEM");
            }
            String title = p.title() == null || p.title().isBlank() ? null : p.title().strip();
            patents.add(new Patent(number, p.kind(), p.status(), title));
        }
        return List.copyOf(patents);
    }

    /**
     * The patent kind a CNIPA application number names (the fifth of its twelve digits, or the third of the eight
     * of numbers before 2003), or {@code null} when it is no patent number or its kind digit is not one of them.
     */
    static PatentKind kindOf(String number) {
        String digits = number.replaceFirst("^(ZL|CN)", "");
        int dot = digits.indexOf('.');
        if (dot != 8 && dot != 12 || !PatentKind.INVENTION.accepts(number)) {
            return null;
        }
        char kind = digits.charAt(dot == 12 ? 4 : 2);
        return switch (kind) {
            case '1', '8' -> PatentKind.INVENTION;
            case '2', '9' -> PatentKind.UTILITY_MODEL;
            case '3' -> PatentKind.DESIGN;
            default -> null;
        };
    }
}
