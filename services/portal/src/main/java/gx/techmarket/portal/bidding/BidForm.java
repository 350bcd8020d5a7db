package gx.techmarket.portal.bidding;

import gx.techmarket.portal.web.Amounts;
import gx.techmarket.portal.web.KeptForm;
import io.quarkus.qute.TemplateData;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/**
 * A bid as typed: price in 元, plan summary, duration in months, the team (rows of name, title and role; rows left
 * empty are ignored) and, for a consortium, its members' USCCs (one per line, or separated by spaces or commas).
 */
@TemplateData
public class BidForm extends KeptForm {

    @RestForm
    @NotBlank
    @Pattern(regexp = Amounts.PATTERN)
    public String price;

    @RestForm
    @NotBlank
    @Size(max = 5000)
    public String planSummary;

    @RestForm
    @NotBlank
    @Pattern(regexp = "[0-9]{1,3}")
    public String durationMonths;

    /** The rows of the team as the form shows them: those typed, and empty ones up to {@link #TEAM_ROWS}. */
    static final int TEAM_ROWS = 3;

    /** The most team rows the bidding service accepts. */
    static final int MAX_TEAM = 30;

    /** A USCC (GB 32100-2015), as the bidding service checks a member's. */
    static final String USCC = "[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}";

    @RestForm("teamName")
    public List<String> teamName = new ArrayList<>();

    @RestForm("teamTitle")
    public List<String> teamTitle = new ArrayList<>();

    @RestForm("teamRole")
    public List<String> teamRole = new ArrayList<>();

    @RestForm
    @Size(max = 300)
    public String members;

    /** The consortium picker: the words searched for in the directory (name or USCC). */
    @RestForm
    @Size(max = 100)
    public String memberQuery;

    /** The picker's buttons: search, add the organisation of this USCC, remove this USCC. */
    @RestForm("find-member")
    public String findMember;

    @RestForm("add-member")
    public String addMember;

    @RestForm("remove-member")
    public String removeMember;

    /** One row of the team as typed (any part may be empty). */
    public record TeamRow(int index, String name, String title, String role) {

        boolean empty() {
            return name.isBlank() && title.isBlank() && role.isBlank();
        }

        boolean complete() {
            return !name.isBlank() && !title.isBlank() && !role.isBlank();
        }
    }

    /** The team's rows as typed, padded with empty rows to at least {@link #TEAM_ROWS}. */
    public List<TeamRow> teamRows() {
        int typed = Math.max(Math.max(size(teamName), size(teamTitle)), size(teamRole));
        List<TeamRow> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(typed, TEAM_ROWS); i++) {
            rows.add(new TeamRow(i, at(teamName, i), at(teamTitle, i), at(teamRole, i)));
        }
        return rows;
    }

    /** Why the team cannot be sent ({@code null} when it can): none complete, a row half typed, too many rows. */
    String teamProblem() {
        List<TeamRow> typed = teamRows().stream().filter(r -> !r.empty()).toList();
        if (typed.isEmpty()) {
            return "empty";
        }
        if (typed.stream().anyMatch(r -> !r.complete())) {
            return "incomplete";
        }
        return typed.size() > MAX_TEAM ? "too_many" : null;
    }

    /** The members' USCCs as typed, upper-cased. */
    public List<String> memberList() {
        return members == null || members.isBlank() ? List.of()
                : Arrays.stream(members.strip().toUpperCase(java.util.Locale.ROOT).split("[\\s,，;；]+"))
                        .filter(u -> !u.isEmpty()).toList();
    }

    /** The post is a step of the consortium picker (search, add, remove): the form comes back, nothing is sent. */
    boolean picking() {
        return present(findMember) || present(addMember) || present(removeMember);
    }

    /** The member added or removed by the picker's button, in the members' field (once, at most the service's 10). */
    void applyPick() {
        List<String> chosen = new ArrayList<>(memberList());
        if (present(addMember)) {
            String uscc = addMember.strip().toUpperCase(java.util.Locale.ROOT);
            if (uscc.matches(USCC) && !chosen.contains(uscc) && chosen.size() < MAX_MEMBERS) {
                chosen.add(uscc);
            }
        }
        if (present(removeMember)) {
            chosen.remove(removeMember.strip().toUpperCase(java.util.Locale.ROOT));
        }
        members = String.join("\n", chosen);
    }

    /** The field the service names member {@code i} by ({@code members[i]}), for its error next to it. */
    public String memberField(int i) {
        return "members[" + i + "]";
    }

    /** The most consortium members the bidding service takes. */
    static final int MAX_MEMBERS = 10;

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** Whether every member typed looks like a USCC (the service checks that each is a verified organisation). */
    boolean membersWellFormed() {
        return memberList().stream().allMatch(u -> u.matches(USCC));
    }

    BiddingRequests.NewBid toRequest() {
        List<BiddingRequests.TeamMember> team = teamRows().stream().filter(TeamRow::complete)
                .map(r -> new BiddingRequests.TeamMember(r.name().strip(), r.title().strip(), r.role().strip()))
                .toList();
        return new BiddingRequests.NewBid(Amounts.parse(price), planSummary.strip(),
                Integer.valueOf(durationMonths.strip()), team, memberList());
    }

    private static int size(List<String> values) {
        return values == null ? 0 : values.size();
    }

    private static String at(List<String> values, int i) {
        return values == null || i >= values.size() || values.get(i) == null ? "" : values.get(i);
    }
}
