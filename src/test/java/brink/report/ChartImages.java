package brink.report;

import java.awt.image.BufferedImage;

/** Pixel statistics for "the chart is not blank" checks. */
final class ChartImages {
    private ChartImages() {}

    /** Variance of the pixels' luminance (0 to 255): about 0 for a blank image. */
    static double luminanceVariance(BufferedImage img) {
        double sum = 0, sq = 0;
        long n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                double l = 0.299 * (rgb >> 16 & 0xff) + 0.587 * (rgb >> 8 & 0xff) + 0.114 * (rgb & 0xff);
                sum += l;
                sq += l * l;
                n++;
            }
        }
        double mean = sum / n;
        return sq / n - mean * mean;
    }
}
