package gx.techmarket.portal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the layout (header, navigation, footer, pager, page not found), zh-CN first; the English texts are in
 * {@code messages/layout_en.properties}. The 备案号 and contacts are invented for the demo and say so.
 */
@MessageBundle(value = "layout", locale = "zh-CN")
public interface LayoutMsg {

    @Message("广西壮族自治区科学技术厅主办")
    String app_tagline();

    @Message("广西网上技术市场：科技成果、技术需求、揭榜挂帅、技术合同登记与补助，一站式服务科技成果转移转化。")
    String meta_description();

    @Message("跳到主要内容")
    String skip_to_content();

    @Message("广西壮族自治区科学技术厅 · 科技成果转移转化服务平台")
    String topbar_host();

    @Message("消息")
    String notifications();

    @Message("条未读")
    String unread_suffix();

    @Message("主导航")
    String nav_label();

    @Message("菜单")
    String nav_menu();

    @Message("首页")
    String nav_front();

    @Message("工作台")
    String nav_workbench();

    @Message("技术合同")
    String nav_contracts();

    @Message("登记待办")
    String nav_registration_queue();

    @Message("审核待办")
    String nav_review();

    @Message("发布公告")
    String nav_announcements_admin();

    @Message("机构库")
    String nav_directory();

    @Message("本单位的机构主页")
    String organisation_page();

    @Message("补助")
    String nav_subsidies();

    @Message("通知公告")
    String nav_notices();

    @Message("政策文件")
    String nav_policies();

    @Message("主办单位：广西壮族自治区科学技术厅")
    String footer_host();

    @Message("承办单位：广西技术市场服务中心（演示）")
    String footer_operator();

    @Message("联系方式：0771-0000000（演示号码） · service@demo.techmarket.gx.cn")
    String footer_contact();

    @Message("地址：广西南宁市（演示地址）")
    String footer_address();

    @Message("服务时间：工作日 9:00–17:00")
    String footer_hours();

    @Message("桂ICP备00000000号-1（演示备案号，非真实备案）")
    String footer_icp();

    @Message("本网站为演示系统，所载单位、人员和数据均为虚构。")
    String footer_copyright();

    @Message("分页")
    String pager_label();

    @Message("上一页")
    String pager_previous();

    @Message("下一页")
    String pager_next();

    @Message("第 {number} 页")
    String pager_page(int number);

    @Message("每页条数")
    String pager_size();

    @Message("应用")
    String pager_apply();

    @Message("查看全部 {total} 条")
    String pager_all(long total);

    @Message("页面不存在")
    String not_found_title();

    @Message("您访问的页面不存在或已被移除。可以检索平台内容，或返回首页。")
    String not_found_detail();

    @Message("检索科技成果和技术需求")
    String not_found_search();
}
