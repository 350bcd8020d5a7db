package gx.techmarket.contracts.events;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An intellectual-property right behind a result (知识产权: a patent, a software copyright, a plant variety right).
 *
 * @param number its number in the format of its {@code kind} (e.g. {@code ZL202310123456.7}, {@code 2021SR0123456})
 * @param kind   发明, 实用新型, 外观设计, 软件著作权 or 植物新品种
 * @param status 申请中, 已授权, 已失效 or 已转让
 * @param title  its title (名称), when the holder gave one
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Patent(String number, PatentKind kind, PatentStatus status, String title) {

    /** The longest title a right carries (a patent's title is far shorter). */
    public static final int TITLE_MAX = 200;

    public Patent {
        Require.present(kind, "kind");
        Require.present(status, "status");
        if (!kind.accepts(number)) {
            throw new IllegalArgumentException("number " + number + " is not a number of a " + kind);
        }
        if (title != null) {
            Require.text(title, TITLE_MAX, "title");
        }
    }
}
