package brink.gui;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The map's label for the North Korean contingent tells the class how many fight and how many are still arriving. */
class TroopsNodeTest {
    @Test
    void aContingentThatHasStartedFightingCountsTheTroopsAtTheFrontAndThoseStillArriving() {
        TroopsNode n = new TroopsNode();
        n.training = 11_419;
        assertThat(n.label()).isEqualTo(String.format("NK troops: %,d training in Russia", 11_419));
        n.where = TroopsNode.Where.KURSK;
        n.training = 7_202;
        n.inCombat = 4_096;
        assertThat(n.label()).isEqualTo(String.format("NK troops: %,d in combat in Kursk (+%,d arriving)", 4_096, 7_202));
        n.training = 0;
        n.inCombat = 11_298;
        assertThat(n.label()).isEqualTo(String.format("NK troops: %,d in combat in Kursk", 11_298));
    }

    @Test
    void theMapsCaptionSaysTheSameInShortRowsWithTheLossesLast() {
        TroopsNode n = new TroopsNode();
        n.training = 11_419;
        assertThat(n.captionLines()).containsExactly(String.format("NK troops: %,d", 11_419), "training in Russia");
        n.where = TroopsNode.Where.UKRAINE;
        n.training = 6_090;
        n.inCombat = 5_191;
        n.lost = 131;
        n.defected = 7;
        assertThat(n.captionLines()).containsExactly(String.format("NK troops: %,d", 5_191), "fighting in Ukraine",
                String.format("(+%,d arriving)", 6_090), "lost 131 | defected 7");
        assertThat(String.join(" ", n.captionLines().subList(0, 3))).isEqualTo(n.label());
    }

    @Test
    void aRunWithoutAContingentHasNoSquareAndSaysNoneWereSentNotThatTheyAreInNorthKorea() {
        TroopsNode n = new TroopsNode();
        n.where = TroopsNode.Where.HOME;
        assertThat(n.shown()).isFalse();
        assertThat(n.label()).isEqualTo("NK troops: none sent");
        n.sent = 11_000;
        n.training = 10_500;
        assertThat(n.shown()).isTrue();
        assertThat(n.label()).isEqualTo(String.format("NK troops: %,d in North Korea", 10_500));
    }
}
