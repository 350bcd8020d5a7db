package gx.techmarket.directory.people;

import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.directory.people.PeopleViews.ContactView;
import gx.techmarket.directory.people.Visibility.Reader;
import org.junit.jupiter.api.Test;

class VisibilityTest {

    @Test
    void eachVisibilityIsShownToItsReadersOnly() {
        assertThat(Visibility.PUBLIC.shownTo(Reader.ANONYMOUS)).isTrue();
        assertThat(Visibility.PUBLIC.shownTo(Reader.SIGNED_IN)).isTrue();
        assertThat(Visibility.PUBLIC.shownTo(Reader.KEEPER)).isTrue();
        assertThat(Visibility.SIGNED_IN.shownTo(Reader.ANONYMOUS)).isFalse();
        assertThat(Visibility.SIGNED_IN.shownTo(Reader.SIGNED_IN)).isTrue();
        assertThat(Visibility.SIGNED_IN.shownTo(Reader.KEEPER)).isTrue();
        assertThat(Visibility.PRIVATE.shownTo(Reader.ANONYMOUS)).isFalse();
        assertThat(Visibility.PRIVATE.shownTo(Reader.SIGNED_IN)).isFalse();
        assertThat(Visibility.PRIVATE.shownTo(Reader.KEEPER)).isTrue();
    }

    @Test
    void aContactShowsEachDetailAsItsPersonChoseAndTheChoicesOnlyToTheKeepers() {
        Contact c = new Contact("13907710001", Visibility.PRIVATE, "huangli@demo.techmarket.gx.cn",
                Visibility.SIGNED_IN);
        assertThat(c.shownTo(Reader.ANONYMOUS)).isEqualTo(new ContactView(null, null, null, null));
        assertThat(c.shownTo(Reader.SIGNED_IN))
                .isEqualTo(new ContactView(null, null, "huangli@demo.techmarket.gx.cn", null));
        assertThat(c.shownTo(Reader.KEEPER)).isEqualTo(new ContactView("13907710001", Visibility.PRIVATE,
                "huangli@demo.techmarket.gx.cn", Visibility.SIGNED_IN));
    }

    @Test
    void theBrokerOrExpertAndItsKeepersReadEverythingOthersWhatIsShownToTheSignedIn() {
        assertThat(PeopleService.readerOf(true, false)).isEqualTo(Reader.KEEPER);
        assertThat(PeopleService.readerOf(false, true)).isEqualTo(Reader.KEEPER);
        assertThat(PeopleService.readerOf(false, false)).isEqualTo(Reader.SIGNED_IN);
    }
}
