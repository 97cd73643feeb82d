package org.diffuscope.app.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import org.diffuscope.app.engine.Frame;
import org.diffuscope.app.engine.Projection;
import org.diffuscope.core.run.Phase;
import org.junit.jupiter.api.Test;

/** Trajectories are written in the frames' display coordinates, with the columns named after the projection. */
class FramesCsvTest {

    private static Frame frame(int step, double t, float[] points) {
        return new Frame(1, step, step, t, Phase.PREDICTOR, step, points, points.length / 3, 3, null, null, Map.of(),
                Double.NaN, List.of(), List.of(), Map.of(), step + 1);
    }

    @Test
    void columnsAreTheProjectionsAxes() throws IOException {
        Projection random = Projection.random(5, 3, 42);
        List<Frame> frames = List.of(frame(0, 1.0, new float[] {1, 2, 3, 4, 5, 6}),
                frame(1, 0.5, new float[] {7, 8, 9, 10, 11, 12}));
        StringWriter out = new StringWriter();
        FramesCsv.writeTrajectories(out, frames, 1, random::axisName);
        String[] lines = out.toString().split("\n");
        assertEquals("step,t,phase,particle,r1,r2,r3", lines[0], "a random projection's axes, not x0..x2");
        assertEquals("0,1.0,predictor,0,1.0,2.0,3.0", lines[1]);
        assertEquals("1,0.5,predictor,0,7.0,8.0,9.0", lines[2]);
        assertEquals(3, lines.length, "the first particle only");
        StringWriter own = new StringWriter();
        FramesCsv.writeTrajectories(own, frames, 2, Projection.standard(3)::axisName);
        assertEquals("step,t,phase,particle,x0,x1,x2", own.toString().split("\n")[0], "coordinates shown as they are");
    }
}
