package dk.tilsyn.sampling;

import java.util.List;

/** The sample one level reviews: its picks ordered by stratum, then rank. */
public record LevelSample(int level, List<Pick> picks) {
	public LevelSample {
		picks = List.copyOf(picks);
	}

	public List<Unit> units() {
		return picks.stream().map(Pick::unit).toList();
	}
}
