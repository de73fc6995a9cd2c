package brink.gui;

import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;

import java.awt.Graphics2D;
import java.awt.RenderingHints;

/**
 * The map's top layer: every caption and relation label where the {@link MapLayout} puts them, each on a
 * translucent white backdrop, so that no line drawn below cuts its letters.
 */
final class LabelPortrayal extends FieldPortrayal2D {
    private static final long serialVersionUID = 1L;
    private final ActorMap map;

    LabelPortrayal(ActorMap map) {
        this.map = map;
        setField(new Object());
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        MapLayout layout = map.layout(info.draw.x, info.draw.y, info.draw.width / ActorMap.WIDTH, g.getFontRenderContext());
        for (MapLayout.Label l : layout.labels) {
            if (l.backdrop()) l.draw(g);
        }
    }
}
