package nl.jeugdlink.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaginationTest {

    @Test
    void defaultsToTheFirstPageOfFifty() {
        List<InvalidParam> fouten = new ArrayList<>();

        assertThat(Pagination.uit(null, null, fouten)).isEqualTo(new Pagination(1, 50));
        assertThat(fouten).isEmpty();
    }

    @Test
    void namesEachWrongParameterAndItsRule() {
        List<InvalidParam> fouten = new ArrayList<>();

        Pagination paginering = Pagination.uit("0", "201", fouten);
        Pagination.uit("twee", " 7 ", fouten);

        assertThat(fouten).extracting(p -> p.name() + ":" + p.code()).containsExactly("page:min", "pageSize:max", "page:type");
        assertThat(paginering).as("the defaults stand in for what is wrong").isEqualTo(new Pagination(1, 50));
    }

    @Test
    void answersWithTheNumberOfPagesOfTheResult() {
        Pagination paginering = Pagination.uit("2", "20", new ArrayList<>());

        assertThat(paginering.antwoord(41)).isEqualTo(new Pagination.PageResponse(2, 20, 41, 3));
        assertThat(paginering.antwoord(0)).isEqualTo(new Pagination.PageResponse(2, 20, 0, 0));
    }
}
