package brink.gui;

import sim.display.Console;

import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Drives the real GUI the way a teacher does, through the Console's own controls: start paused,
 * play until a given day (the Console's "pause at step"), and paint windows into images. Polls
 * with a generous timeout; never asserts on speed.
 */
final class GuiDriver {
    private static final long TIMEOUT_MS = 180_000;

    private GuiDriver() {}

    static void onEdt(Runnable r) {
        try {
            SwingUtilities.invokeAndWait(r);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until everything queued on the event thread so far has run. */
    static void flushEdt() {
        onEdt(() -> { });
        onEdt(() -> { });
    }

    /** Like pressing pause on a stopped Console: starts the run at day 0, paused. */
    static void startPaused(ClassroomGui g) {
        onEdt(() -> g.console().pressPause());
        flushEdt();
    }

    /** Presses play with "pause at step" set to the day, and waits until the Console has paused there. */
    static void playUntil(ClassroomGui g, int day) {
        onEdt(() -> {
            g.console().setWhenShouldPause(day);
            g.console().pressPause();
        });
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        while (!(g.gui().model().day() >= day && g.console().getPlayState() == Console.PS_PAUSED)) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("the GUI did not reach day " + day + " (at day " + g.gui().model().day()
                        + ", play state " + g.console().getPlayState() + ")");
            }
            sleep(20);
        }
        flushEdt();
    }

    static BufferedImage paint(Component c) {
        BufferedImage[] out = new BufferedImage[1];
        onEdt(() -> {
            BufferedImage img = new BufferedImage(Math.max(1, c.getWidth()), Math.max(1, c.getHeight()), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            c.printAll(g);
            g.dispose();
            out[0] = img;
        });
        return out[0];
    }

    static BufferedImage paint(JFrame f) {
        return paint(f.getRootPane());
    }

    static void save(BufferedImage img, Path file) throws IOException {
        ImageIO.write(img, "png", file.toFile());
    }

    /** Standard deviation of the pixels' grey level: near zero for a blank image. */
    static double pixelSpread(BufferedImage img) {
        double sum = 0, sum2 = 0;
        long n = 0;
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                int rgb = img.getRGB(x, y);
                double grey = (((rgb >> 16) & 255) + ((rgb >> 8) & 255) + (rgb & 255)) / 3.0;
                sum += grey;
                sum2 += grey * grey;
                n++;
            }
        }
        double mean = sum / n;
        return Math.sqrt(Math.max(0, sum2 / n - mean * mean));
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
