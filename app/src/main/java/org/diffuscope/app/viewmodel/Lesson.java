package org.diffuscope.app.viewmodel;

import java.util.List;

/**
 * A guided demonstration (science.md §8): it sets up the scene (a scenario, and for a race its lanes, for the lab
 * its experiment), says in a few sentences what to watch, and runs. Lessons are data files (assets/lessons), so a
 * teacher can write their own.
 *
 * @param watch    short sentences: what to look at, what to try next
 * @param lanes    the race's panes (mode RACE), else empty
 * @param lab      the lab's experiment (mode LAB), else null
 * @param autoplay start playing (or running the lab) at once
 */
public record Lesson(String title, String summary, List<String> watch, Mode mode, Scenario scenario,
                     List<RaceLane> lanes, boolean equalCost, LabSetup lab, boolean autoplay) {

    /** Where a lesson happens. */
    public enum Mode { EXPLORE, RACE, LAB }

    /**
     * The lab experiment of a lesson.
     *
     * @param experiment error-vs-steps, dimension, smoothness, score-error or wrong-start
     * @param methods    method labels as the lab shows them ("ode-ei + ulmc")
     */
    public record LabSetup(String experiment, List<Double> values, List<String> methods, String metric, String target,
                           double eps, int maxSteps, int particles) {
    }

    public Lesson {
        ExperimentConfig.require(title != null && !title.isBlank(), "title must not be empty");
        ExperimentConfig.require(scenario != null, "scenario is required");
        ExperimentConfig.require(mode != Mode.RACE || (lanes.size() >= 2 && lanes.size() <= 4),
                "race.lanes must list 2 to 4 panes, got " + lanes.size());
        ExperimentConfig.require(mode != Mode.LAB || lab != null, "lab is required when mode is lab");
        watch = List.copyOf(watch);
        lanes = List.copyOf(lanes);
    }
}
