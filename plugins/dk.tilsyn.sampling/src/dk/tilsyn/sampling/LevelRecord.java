package dk.tilsyn.sampling;

import java.util.List;

/**
 * The audit of one level's draw: where its frame came from ({@code population},
 * {@code level N}, {@code same sample}, {@code decisions}), the frame's hash and size, and
 * every stratum.
 */
public record LevelRecord(int level, String frame, String frameHash, int frameSize, List<Stratum> strata,
		int picked) {
	public LevelRecord {
		strata = List.copyOf(strata);
	}

	public int shortfall() {
		return strata.stream().mapToInt(Stratum::shortfall).sum();
	}
}
