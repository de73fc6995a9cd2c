package brink;

import brink.experiment.Replication;
import brink.model.*;
import brink.scenario.*;
import java.nio.file.Path;
import java.util.Arrays;

public class CalibrationProbe {
    public static void main(String[] args) throws Exception {
        Scenario s = new ScenarioLoader().load(Path.of(args.length > 0 ? args[0] : "scenarios/baseline.yaml"));
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        Replication r = new Replication(s);
        int[] crossed = new int[Rung.COUNT], activeEnd = new int[Rung.COUNT];
        int[][] days = new int[Rung.COUNT][n];
        double ruDay1 = 0, ruCum = 0, nkLost = 0, nkDef = 0, kursk = 0, ruMan = 0, uaMan = 0, uaPost = 0, china = 0;
        double[] pr = new double[ActorId.COUNT];
        for (int i = 0; i < n; i++) {
            RunRecord rec = r.run(42, 0, i);
            for (Rung g : Rung.values()) {
                int d = rec.firstCrossedDay(g);
                days[g.ordinal()][i] = d < 0 ? 9999 : d;
                if (d >= 0) crossed[g.ordinal()]++;
                if (r.model().ladder().isActive(g)) activeEnd[g.ordinal()]++;
            }
            double first30 = 0; for (int d = 1; d <= 30; d++) first30 += rec.value(Metric.RUSSIAN_DAILY_CASUALTIES, d);
            ruDay1 += first30 / 30; ruCum += rec.finalValue(Metric.RUSSIAN_CASUALTIES);
            nkLost += rec.finalValue(Metric.NK_LOST); nkDef += rec.finalValue(Metric.NK_DEFECTED);
            kursk += rec.finalValue(Metric.KURSK_CONTROL); ruMan += rec.finalValue(Metric.RUSSIAN_MANPOWER); uaMan += rec.finalValue(Metric.UKRAINIAN_MANPOWER);
            uaPost += r.model().ukrainianPosture(); china += r.model().chinaPressing() ? 1 : 0;
            for (ActorId a : ActorId.values()) pr[a.ordinal()] += rec.finalValue(Metric.pressureOf(a));
        }
        for (Rung g : Rung.values()) {
            int[] d = days[g.ordinal()]; Arrays.sort(d);
            System.out.printf("%2d %-28s P=%.4f end=%.3f  q25 %d med %d q75 %d%n", g.level(), g.key(), crossed[g.ordinal()] / (double) n,
                activeEnd[g.ordinal()] / (double) n, d[n/4], d[n/2], d[3*n/4]);
        }
        System.out.printf("RU daily first30 %.0f, RU cum %.0f, NK lost %.0f, NK defected %.1f, kursk %.2f, RUman %.0f UAman %.0f UApost %.2f china %.2f%n", ruDay1/n, ruCum/n, nkLost/n, nkDef/n, kursk/n, ruMan/n, uaMan/n, uaPost/n, china/n);
        StringBuilder sb = new StringBuilder("final pressure");
        for (ActorId a : ActorId.values()) sb.append(String.format(" %s %.2f", a.key(), pr[a.ordinal()]/n));
        System.out.println(sb);
    }
}
