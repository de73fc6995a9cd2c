package brink.gui;

import brink.model.ActorId;
import sim.util.Double2D;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Where everything on the actor map goes, in one table: each actor's place and the direction of its caption, the
 * troops square's places and its caption's, and for each relation its line's sideways offset and its label's place.
 * Positions are in field units (the map is 100 x 80, the key strip below y 69; at the default window size a unit is
 * about 6 px); {@link MapLayout} turns them into pixels. Every entry is fixed, so the same state always gives the
 * same picture and a label does not jump when another relation appears. {@code MapLayoutTest} checks the result at
 * every pause of the lesson: at 6 px a unit the text is large for the map, and most labels have only a few pixels
 * to spare, which the comments below say where.
 */
final class MapDesign {
    /** The relations the map can show. */
    enum Link { PACT, US_ROK, WESTERN_AID, STRIKES, SK_AID, WAR, ARMISTICE, RUSSIA_NATO, CHINA_RUSSIA, CHINA_NK, TROOPS }

    /**
     * Which side of its line a label goes on, as seen on the screen; ON centres it on its own line, whose backdrop
     * then interrupts the line there (for long lines whose both sides are taken).
     */
    enum Side { ABOVE, BELOW, LEFT, RIGHT, ON }

    /**
     * A relation's line and label: the line shifted sideways by {@code offset} pixels (at the default size; the shift
     * grows and shrinks with the map), its label
     * {@code along} of the way from the line's start to its end, on {@code side} of it, on one line or broken in two.
     */
    record LinkStyle(int offset, double along, Side side, boolean twoLines) {}

    /**
     * The troops' caption: its rows stacked in a block on {@code side} of the square (ABOVE, BELOW, LEFT or RIGHT),
     * lined up with the square's start ({@code align} -1: its left or top edge), centre (0) or end (+1), and pushed
     * further out while it touches an actor's caption.
     */
    record TroopsCaption(Side side, int align) {}

    final Map<ActorId, Double2D> places;
    /** Direction of each actor's caption from its centre, in degrees (0 east, 90 south, as on the screen). */
    final Map<ActorId, Double> captionAngle;
    /** Actors whose name is broken in two lines, so that it fits in the circle and lines meet the circle. */
    final Map<ActorId, Boolean> twoLineName;
    /** Direction of NUCLEAR ALERT from Russia's centre (its caption is pushed beyond it). */
    final double alertAngle;
    final Map<TroopsNode.Where, Double2D> troopPlaces;
    final Map<TroopsNode.Where, TroopsCaption> troopsCaption;
    final Map<Link, LinkStyle> links;

    /** The map of the classroom GUI. */
    static final MapDesign CLASSROOM = new MapDesign();

    private MapDesign() {
        Map<ActorId, Double2D> at = new EnumMap<>(ActorId.class);
        Map<ActorId, Double> caption = new EnumMap<>(ActorId.class);
        Map<ActorId, Boolean> twoLines = new EnumMap<>(ActorId.class);
        for (ActorId id : ActorId.values()) twoLines.put(id, false);

        // Russia high on the left: its line to NATO runs just above Ukraine, the war line to Ukraine nearly level.
        // Its caption up and to the left, where no line goes (China's arrow comes in from the upper right, the pact
        // line leaves downwards, the war and Russia-NATO lines to the right).
        at.put(ActorId.RUSSIA, new Double2D(26, 27));
        caption.put(ActorId.RUSSIA, -120.0);
        // North Korea low on the left, its caption below it, over the key strip by 8 px.
        at.put(ActorId.NORTH_KOREA, new Double2D(20, 57));
        caption.put(ActorId.NORTH_KOREA, 90.0);
        // China at the top, left of the front, so that its arrow to North Korea passes left of the Russia-NATO label;
        // its caption to its left (above it is the map's edge).
        at.put(ActorId.CHINA, new Double2D(48, 8));
        caption.put(ActorId.CHINA, -165.0);
        // Ukraine across the front from Russia, left of NATO and South Korea so that the lines from them are long
        // enough to carry their labels; high enough that below it its caption and the troops' caption (four rows
        // while the contingent arrives) fit above the armistice line (by 2 px). Its caption below and to the left:
        // the South Korean aid arrow comes in at its lower right.
        at.put(ActorId.UKRAINE, new Double2D(67, 29.5));
        caption.put(ActorId.UKRAINE, 110.0);
        // NATO and South Korea in the right-hand corners, their names on two lines inside their circles; NATO's caption
        // above it and to the left (the camp's heading is above it, the map's edge to its right), South Korea's to its
        // left (the key strip is below it).
        at.put(ActorId.NATO, new Double2D(91, 19));
        caption.put(ActorId.NATO, -105.0);
        twoLines.put(ActorId.NATO, true);
        at.put(ActorId.SOUTH_KOREA, new Double2D(91, 61));
        caption.put(ActorId.SOUTH_KOREA, 165.0);
        twoLines.put(ActorId.SOUTH_KOREA, true);
        places = Collections.unmodifiableMap(at);
        captionAngle = Collections.unmodifiableMap(caption);
        twoLineName = Collections.unmodifiableMap(twoLines);
        // straight up would cross China's arrow into Russia; further left would crowd Russia's caption into the heading
        alertAngle = -92;

        // The square steps towards the front as the contingent goes from training to Kursk, and across it into
        // Ukraine (left of Ukraine's caption). Its caption goes below it: lined up with its left edge in Russia, so
        // that North Korea's arrow into the square, coming from the lower left, stays clear of the rows; centred in
        // Ukraine, so that the rows leave the South Korean aid label room on their right. Where it would touch
        // Ukraine's caption it is pushed down below it.
        Map<TroopsNode.Where, Double2D> troops = new EnumMap<>(TroopsNode.Where.class);
        Map<TroopsNode.Where, TroopsCaption> troopsText = new EnumMap<>(TroopsNode.Where.class);
        troops.put(TroopsNode.Where.TRAINING, new Double2D(35, 42));
        troopsText.put(TroopsNode.Where.TRAINING, new TroopsCaption(Side.BELOW, -1));
        troops.put(TroopsNode.Where.KURSK, new Double2D(42, 37));
        troopsText.put(TroopsNode.Where.KURSK, new TroopsCaption(Side.BELOW, -1));
        troops.put(TroopsNode.Where.UKRAINE, new Double2D(55, 34));
        troopsText.put(TroopsNode.Where.UKRAINE, new TroopsCaption(Side.BELOW, 0));
        // home (troops not deployed: a scenario whose initial rungs leave out nk_troops_in_russia; a run without a
        // contingent shows no square): beside North Korea, below the pact's label
        troops.put(TroopsNode.Where.HOME, new Double2D(11, 45));
        troopsText.put(TroopsNode.Where.HOME, new TroopsCaption(Side.BELOW, 0));
        troopPlaces = Collections.unmodifiableMap(troops);
        troopsCaption = Collections.unmodifiableMap(troopsText);

        Map<Link, LinkStyle> l = new EnumMap<>(Link.class);
        // left of the pact line, a third of the way down from Russia: to its right runs China's arrow to North Korea
        l.put(Link.PACT, new LinkStyle(0, 0.35, Side.LEFT, true));
        // left of the alliance line, in the upper part: to its right is the map's edge, lower down the aid label
        l.put(Link.US_ROK, new LinkStyle(0, 0.35, Side.LEFT, true));
        // The two lines from NATO to Ukraine run well apart (the strikes arrow shifted 28 px to the upper left, leaving
        // NATO's left side and reaching Ukraine's top), so that each label has its own side: the dashed support line's
        // below it, towards the alliance line; the strikes arrow's above it, under NATO's caption.
        l.put(Link.WESTERN_AID, new LinkStyle(3, 0.4, Side.BELOW, true));
        l.put(Link.STRIKES, new LinkStyle(28, 0.55, Side.ABOVE, true));
        // on its own arrow: to the left are Ukraine's caption and the troops' rows, to the right the alliance line
        l.put(Link.SK_AID, new LinkStyle(3, 0.4, Side.ON, true));
        // below the war line: above it runs the Russia-NATO line
        l.put(Link.WAR, new LinkStyle(0, 0.4, Side.BELOW, false));
        // on the armistice line near South Korea: above it are the troops' rows, below it the front's name and South
        // Korea's caption
        l.put(Link.ARMISTICE, new LinkStyle(0, 0.85, Side.ON, true));
        // on its own line, a third of the way from Russia: between China's arrow to North Korea and Ukraine's circle,
        // under China and over the war line (the longest label, "direct NATO-Russia clash", fits with 2 px to spare)
        l.put(Link.RUSSIA_NATO, new LinkStyle(-3, 0.33, Side.ON, true));
        // left of China's arrow to Russia, near China: further down is Russia's caption
        l.put(Link.CHINA_RUSSIA, new LinkStyle(0, 0.3, Side.LEFT, true));
        // no labels
        l.put(Link.CHINA_NK, new LinkStyle(0, 0.5, Side.LEFT, false));
        l.put(Link.TROOPS, new LinkStyle(0, 0.5, Side.LEFT, false));
        links = Collections.unmodifiableMap(l);
    }
}
