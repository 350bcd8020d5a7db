package gx.techmarket.contracts.events;

import java.util.UUID;

/** The kind-dependent fields shared by the challenge events. */
final class Challenges {

    private Challenges() {}

    static void requireSubject(ChallengeKind kind, UUID demandId, Party demander, UUID resultId, Party holder) {
        switch (kind) {
            case TECHNOLOGY_BREAKTHROUGH -> {
                Require.present(demandId, "demandId (技术攻关类)");
                Require.present(demander, "demander (技术攻关类)");
                if (resultId != null || holder != null) {
                    throw new IllegalArgumentException("a 技术攻关类 challenge has no resultId and no holder");
                }
            }
            case RESULT_TRANSFORMATION -> {
                Require.present(resultId, "resultId (成果转化类)");
                Require.present(holder, "holder (成果转化类)");
                if (demandId != null || demander != null) {
                    throw new IllegalArgumentException("a 成果转化类 challenge has no demandId and no demander");
                }
            }
        }
    }
}
