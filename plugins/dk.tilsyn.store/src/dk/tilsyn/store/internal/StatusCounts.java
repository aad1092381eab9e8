package dk.tilsyn.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dk.tilsyn.model.Round;
import dk.tilsyn.model.Sample;
import dk.tilsyn.store.StoreStatus;

/** Counts what the store holds: cases, events, reviews per status, and per round. */
final class StatusCounts {
	private final Database database;
	private final Rounds rounds;

	StatusCounts(Database database, Rounds rounds) {
		this.database = database;
		this.rounds = rounds;
	}

	StoreStatus count() throws SQLException {
		long cases = database.count("SELECT COUNT(*) FROM case_record");
		long events = database.count("SELECT COUNT(*) FROM case_event");
		Map<String, Long> reviews = database.grouped("SELECT status, COUNT(*) FROM review GROUP BY status");
		List<StoreStatus.RoundStatusLine> lines = new ArrayList<>();
		Map<String, Map<String, Long>> perRound = reviewsPerRound();
		for (Round round : rounds.read(null)) {
			Map<Integer, Long> units = new TreeMap<>();
			for (Sample sample : round.getSamples()) {
				units.put(sample.getLevel(), (long) sample.getUnits().size());
			}
			lines.add(new StoreStatus.RoundStatusLine(round.getId(), round.getStatus().getLiteral(),
					round.getReviewLevel(), units, perRound.getOrDefault(round.getId(), new TreeMap<>())));
		}
		return new StoreStatus(database.location(), cases, events, reviews, lines);
	}

	/**
	 * Reviews per round and status. A review is one per concept, case, stage and level, while
	 * rounds with overlapping periods can sample the same case stage: it counts in one round
	 * only, the first that sampled it (earliest period, then id), not in every round.
	 */
	private Map<String, Map<String, Long>> reviewsPerRound() throws SQLException {
		Map<String, Map<String, Long>> counts = new TreeMap<>();
		try (PreparedStatement select = database.prepare("SELECT o.round_id, r.status, COUNT(*) FROM review r JOIN"
				+ " (SELECT u.round_id, u.case_id, u.stage, u.sample_level, rr.concept_id, ROW_NUMBER() OVER (PARTITION BY"
				+ " rr.concept_id, u.case_id, u.stage, u.sample_level ORDER BY rr.period_from, rr.id) AS n"
				+ " FROM sampled_unit u JOIN review_round rr ON rr.id = u.round_id) o ON o.n = 1"
				+ " AND o.concept_id = r.concept_id AND o.case_id = r.case_id AND o.stage = r.stage"
				+ " AND o.sample_level = r.review_level GROUP BY o.round_id, r.status");
				ResultSet rows = select.executeQuery()) {
			while (rows.next()) {
				counts.computeIfAbsent(rows.getString(1), k -> new TreeMap<>()).put(rows.getString(2), rows.getLong(3));
			}
		}
		return counts;
	}
}
