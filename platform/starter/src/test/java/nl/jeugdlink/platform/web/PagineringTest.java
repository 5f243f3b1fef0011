package nl.jeugdlink.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PagineringTest {

    @Test
    void defaultsToTheFirstPageOfFifty() {
        List<InvalidParam> fouten = new ArrayList<>();

        assertThat(Paginering.uit(null, null, fouten)).isEqualTo(new Paginering(1, 50));
        assertThat(fouten).isEmpty();
    }

    @Test
    void namesEachWrongParameterAndItsRule() {
        List<InvalidParam> fouten = new ArrayList<>();

        Paginering paginering = Paginering.uit("0", "201", fouten);
        Paginering.uit("twee", " 7 ", fouten);

        assertThat(fouten).extracting(p -> p.name() + ":" + p.code()).containsExactly("page:min", "pageSize:max", "page:type");
        assertThat(paginering).as("the defaults stand in for what is wrong").isEqualTo(new Paginering(1, 50));
    }

    @Test
    void answersWithTheNumberOfPagesOfTheResult() {
        Paginering paginering = Paginering.uit("2", "20", new ArrayList<>());

        assertThat(paginering.antwoord(41)).isEqualTo(new Paginering.PageResponse(2, 20, 41, 3));
        assertThat(paginering.antwoord(0)).isEqualTo(new Paginering.PageResponse(2, 20, 0, 0));
    }
}
