package brink;

import brink.experiment.Replication;
import brink.model.*;
import brink.scenario.*;
import java.nio.file.Path;

public class CalibrationProbe {
    public static void main(String[] args) throws Exception {
        Scenario s = new ScenarioLoader().load(Path.of(args.length > 0 ? args[0] : "scenarios/baseline.yaml"));
        Replication r = new Replication(s);
        int n = 2000;
        int[] crossed = new int[Rung.COUNT];
        double[] daySum = new double[Rung.COUNT];
        double ruDay1 = 0, ruCum = 0, nkLost = 0, nkDef = 0, kursk = 0, ruMan = 0, uaMan = 0;
        double[] pr = new double[ActorId.COUNT];
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            RunRecord rec = r.run(42, 0, i);
            for (Rung g : Rung.values()) if (rec.firstCrossedDay(g) >= 0) { crossed[g.ordinal()]++; daySum[g.ordinal()] += rec.firstCrossedDay(g); }
            double first30 = 0; for (int d = 1; d <= 30; d++) first30 += rec.value(Metric.RUSSIAN_DAILY_CASUALTIES, d);
            ruDay1 += first30 / 30; ruCum += rec.finalValue(Metric.RUSSIAN_CASUALTIES);
            nkLost += rec.finalValue(Metric.NK_LOST); nkDef += rec.finalValue(Metric.NK_DEFECTED);
            kursk += rec.finalValue(Metric.KURSK_CONTROL); ruMan += rec.finalValue(Metric.RUSSIAN_MANPOWER); uaMan += rec.finalValue(Metric.UKRAINIAN_MANPOWER);
            for (ActorId a : ActorId.values()) pr[a.ordinal()] += rec.finalValue(Metric.pressureOf(a));
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        for (Rung g : Rung.values()) System.out.printf("%2d %-28s P=%.3f  mean day %.0f%n", g.level(), g.key(), crossed[g.ordinal()] / (double) n, daySum[g.ordinal()] / Math.max(1, crossed[g.ordinal()]));
        System.out.printf("RU daily first30 %.0f, RU cum %.0f, NK lost %.0f, NK defected %.1f, kursk %.2f, RUman %.0f UAman %.0f%n", ruDay1/n, ruCum/n, nkLost/n, nkDef/n, kursk/n, ruMan/n, uaMan/n);
        for (ActorId a : ActorId.values()) System.out.printf("final pressure %s %.2f%n", a.key(), pr[a.ordinal()]/n);
        System.out.printf("%d runs in %.2fs = %.0f rep-years/s%n", n, secs, n/secs);
    }
}
