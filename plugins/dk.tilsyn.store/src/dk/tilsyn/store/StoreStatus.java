package dk.tilsyn.store;

import java.util.List;
import java.util.Map;

/**
 * What the store holds: cases and events, reviews per status (all of them), and per round its
 * status, sampled units per level and the reviews of its sampled units per status.
 */
public record StoreStatus(String location, long cases, long events, Map<String, Long> reviews,
		List<RoundStatusLine> rounds) {

	/** One round: status, level in review, sampled units per level, reviews per status. */
	public record RoundStatusLine(String round, String status, int reviewLevel, Map<Integer, Long> sampledUnits,
			Map<String, Long> reviews) {
	}
}
