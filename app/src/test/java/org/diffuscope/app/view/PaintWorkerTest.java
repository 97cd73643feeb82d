package org.diffuscope.app.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.diffuscope.app.engine.Frame;
import org.diffuscope.app.render.ArrowField3D;
import org.diffuscope.app.render.AxesBox3D;
import org.diffuscope.app.render.Camera3D;
import org.diffuscope.app.render.Frame3DRenderer;
import org.diffuscope.app.render.Overlays;
import org.diffuscope.app.render.Raster;
import org.diffuscope.app.render.Theme;
import org.diffuscope.app.render.Viewport;
import org.diffuscope.core.run.Phase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Finished pictures of different frames wait their turn; a repaint of the same frame replaces the older picture. */
class PaintWorkerTest {

    private final PaintWorker worker = new PaintWorker(4);

    @AfterEach
    void close() {
        worker.close();
    }

    private static Frame frame(int step) {
        float[] pts = {0.1f * step, -0.2f, 0.3f, 0.4f};
        return new Frame(1, step, step, 1.0 - 0.01 * step, Phase.PREDICTOR, step, pts, 2, 2, null, null, Map.of(),
                Double.NaN, List.of(), List.of(), Map.of(), step + 1);
    }

    private static PaintWorker.Job job(Frame f, double scale) {
        return new PaintWorker.Job(f, null, new Viewport(0, 0, scale, 64, 48), Overlays.defaults(), Theme.light(),
                null, false);
    }

    /** Requests a painting and waits until it is finished (each request is painted alone). */
    private void paint(PaintWorker.Job job) throws InterruptedException {
        paint(job, 0);
    }

    /** Requests a painting at a pulse and waits until it is finished. */
    private void paint(PaintWorker.Job job, long pulse) throws InterruptedException {
        long before = worker.paintTotals()[0];
        worker.request(job, pulse);
        long until = System.nanoTime() + 60_000_000_000L;
        while (worker.paintTotals()[0] == before) {
            assertTrue(System.nanoTime() < until, "the painting finishes");
            Thread.sleep(1);
        }
    }

    @Test
    void aThreeDimensionalSceneIsPaintedExactlyAsTheRendererPaintsIt() throws Exception {
        float[] pts = {0.5f, -0.2f, 0.3f, -1.0f, 0.8f, 0.1f, 0.0f, 0.0f, -1.2f};
        Frame f = new Frame(1, 3, 3, 0.5, Phase.PREDICTOR, 3, pts, 3, 3, null, null, Map.of(), Double.NaN, List.of(),
                List.of(), Map.of(), 4);
        double[] lo = {-2, -2, -2};
        double[] hi = {2, 2, 2};
        Camera3D camera = Camera3D.fitting(lo, hi, 90, 70).orbited(0.3, 0.1);
        AxesBox3D box = AxesBox3D.around(lo, hi, new String[] {"x0", "x1", "x2"});
        Overlays o = Overlays.defaults();
        Scene3D scene = new Scene3D(f, null, camera, box, true, false, null, o, Theme.dark());
        PaintWorker.Job job = PaintWorker.Job.of(scene);
        assertEquals(90, job.width());
        assertEquals(70, job.height());
        PaintWorker spy = new PaintWorker(4);
        try {
            long until = System.nanoTime() + 60_000_000_000L;
            spy.request(job, 0);
            PaintWorker.Result r;
            while ((r = spy.take()) == null) {
                assertTrue(System.nanoTime() < until, "the painting finishes");
                Thread.sleep(1);
            }
            Raster want = new Raster(90, 70);
            List<AxesBox3D.Label> labels = new Frame3DRenderer().paint(want, f, camera, box, null, ArrowField3D.none(),
                    false, o, Theme.dark());
            assertSame(job, r.job());
            assertArrayEquals(want.pixels(), r.raster().pixels(), "the renderer's pixels");
            assertEquals(labels, r.labels(), "the box's labels, for the text layer");
            assertTrue(labels.size() > 3, "the box has tick labels");
        } finally {
            spy.close();
        }
    }

    @Test
    void picturesOfAPlayingRunAreTakenOldestFirstNoneLost() throws Exception {
        PaintWorker.Job a = job(frame(1), 20);
        PaintWorker.Job b = job(frame(2), 20);
        paint(a);
        paint(b);
        // the painting of frame 1 overran its pulse: it is shown first, frame 2 at the next pulse
        PaintWorker.Result first = worker.take();
        assertSame(a, first.job());
        assertEquals(64, first.raster().width());
        worker.release(first.raster());
        assertSame(b, worker.take().job());
        assertNull(worker.take());
        assertFalse(worker.waiting(), "nothing waits to be painted");
    }

    @Test
    void aRepaintOfTheSameFrameReplacesTheOlderPictureAndTheQueueKeepsTheNewest() throws Exception {
        Frame f = frame(1);
        paint(job(f, 20));
        PaintWorker.Job zoomed = job(f, 40);
        paint(zoomed);
        assertSame(zoomed, worker.take().job(), "a zoom while paused shows only the newest picture");
        assertNull(worker.take());
        List<PaintWorker.Job> jobs = new ArrayList<>();
        for (int i = 2; i < 2 + PaintWorker.WAITING + 2; i++) {
            jobs.add(job(frame(i), 20));
            paint(jobs.get(jobs.size() - 1));
        }
        for (int i = 2; i < jobs.size(); i++) {
            assertSame(jobs.get(i), worker.take().job(), "the newest " + PaintWorker.WAITING + " wait, oldest first");
        }
        assertNull(worker.take());
    }

    @Test
    void aPlayingRunShowsEachPictureTwoPulsesAfterItWasAskedForSoOneOverrunCostsNoFrame() throws Exception {
        PaintWorker.Job a = job(frame(1), 20);
        paint(a, 10);
        assertNull(worker.takeSteady(10), "not at the pulse it was asked for");
        assertNull(worker.takeSteady(11), "nor at the next: it is the reserve against a late painting");
        PaintWorker.Job b = job(frame(2), 20);
        paint(b, 11);
        assertSame(a, worker.takeSteady(12).job(), "two pulses after");
        // the painting of frame 3, asked at pulse 12, overran pulse 13: frame 2 is still shown there
        PaintWorker.Job c = job(frame(3), 20);
        assertSame(b, worker.takeSteady(13).job());
        paint(c, 12);
        assertSame(c, worker.takeSteady(14).job(), "and the late one at the next, the screen missed none");
        assertNull(worker.takeSteady(15));
        PaintWorker.Job d = job(frame(4), 20);
        PaintWorker.Job e = job(frame(5), 20);
        paint(d, 15);
        paint(e, 15);
        assertSame(d, worker.takeSteady(15).job(), "a picture with a newer one behind it waits no more");
        assertNull(worker.takeSteady(15));
        assertSame(e, worker.take().job(), "a run that stopped shows its last picture at once");
    }
}
