package brink.gui;

/** Something drawn as a circle on the actor map: an actor or the North Korean contingent. */
interface MapNode {
    /** Diameter in field units. */
    double diameter();
}
