package gx.techmarket.platform.publishing.edition;

/** The two catalogues seed 001 asks the market to publish periodically. */
public enum EditionKind {
    /** 可供转化的科技成果目录: the published results of universities, institutes and enterprises (the catalogue service). */
    RESULTS("可供转化的科技成果目录"),
    /** 企业技术需求目录: the listed demands of enterprises (the demand service). */
    DEMANDS("企业技术需求目录");

    private final String title;

    EditionKind(String title) {
        this.title = title;
    }

    /** The catalogue's title without place and period. */
    public String title() {
        return title;
    }
}
