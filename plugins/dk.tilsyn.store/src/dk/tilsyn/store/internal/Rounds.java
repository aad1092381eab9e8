package dk.tilsyn.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import dk.tilsyn.model.ReviewFactory;
import dk.tilsyn.model.Round;
import dk.tilsyn.model.RoundStatus;
import dk.tilsyn.model.Sample;
import dk.tilsyn.model.SampledUnit;
import dk.tilsyn.store.ReviewStore.RoundStatusChange;
import dk.tilsyn.store.StoreConflictException;
import dk.tilsyn.store.StoreException;

/**
 * Rounds with their samples (tables review_round, sample, sampled_unit) and their course:
 * planned → sampled → in review at level 1 … 4 (levels only go up) → closed. A round's status
 * moves only if no one moved it since it was read. Every method runs in the caller's transaction.
 */
final class Rounds {
	private final Database database;

	Rounds(Database database) {
		this.database = database;
	}

	/** Plans a round; refused when the store has one of that id. */
	void create(Round round) throws SQLException {
		if (database.count("SELECT COUNT(*) FROM review_round WHERE id = ?", round.getId()) > 0) {
			throw new StoreConflictException(NLS.bind(Messages.roundExists, round.getId()));
		}
		try (PreparedStatement insert = database.prepare(Table.REVIEW_ROUND.insert(), round.getId(),
				round.getConceptId(), round.getConceptVersion(), round.getSamplingModel(), round.getPeriodFrom(),
				round.getPeriodTo(), round.getSeed(), RoundStatus.PLANNED.getLiteral(), 0, 1)) {
			insert.executeUpdate();
		}
	}

	/** One round (null: every round, by id) with its samples and their units. */
	List<Round> read(String roundId) throws SQLException {
		String where = roundId == null ? "" : " WHERE id = ?";
		Object[] parameters = roundId == null ? new Object[0] : new Object[] { roundId };
		Map<String, Round> rounds = new LinkedHashMap<>();
		try (PreparedStatement select = database.prepare(Table.REVIEW_ROUND.select() + where + " ORDER BY id",
				parameters); ResultSet rows = select.executeQuery()) {
			while (rows.next()) {
				Round round = ReviewFactory.eINSTANCE.createRound();
				round.setId(rows.getString(1));
				round.setConceptId(rows.getString(2));
				round.setConceptVersion(rows.getString(3));
				round.setSamplingModel(rows.getString(4));
				round.setPeriodFrom(rows.getObject(5, LocalDate.class));
				round.setPeriodTo(rows.getObject(6, LocalDate.class));
				round.setSeed(rows.getString(7));
				round.setStatus(RoundStatus.get(rows.getString(8)));
				round.setReviewLevel(rows.getInt(9));
				round.setVersion(rows.getInt(10));
				rounds.put(round.getId(), round);
			}
		}
		String ofRound = roundId == null ? "" : " WHERE round_id = ?";
		Map<String, Sample> samples = new LinkedHashMap<>();
		try (PreparedStatement select = database.prepare(Table.SAMPLE.select() + ofRound
				+ " ORDER BY round_id, sample_level", parameters); ResultSet rows = select.executeQuery()) {
			while (rows.next()) {
				Sample sample = ReviewFactory.eINSTANCE.createSample();
				sample.setLevel(rows.getInt(2));
				sample.setAudit(rows.getString(3));
				rounds.get(rows.getString(1)).getSamples().add(sample);
				samples.put(rows.getString(1) + "/" + sample.getLevel(), sample);
			}
		}
		try (PreparedStatement select = database.prepare(Table.SAMPLED_UNIT.select() + ofRound
				+ " ORDER BY round_id, sample_level, stratum, unit_rank, case_id, stage", parameters);
				ResultSet rows = select.executeQuery()) {
			while (rows.next()) {
				SampledUnit unit = ReviewFactory.eINSTANCE.createSampledUnit();
				unit.setCaseId(rows.getString(3));
				unit.setStage(rows.getString(4));
				unit.setStratum(rows.getString(5));
				unit.setRank(rows.getString(6));
				samples.get(rows.getString(1) + "/" + rows.getInt(2)).getUnits().add(unit);
			}
		}
		return new ArrayList<>(rounds.values());
	}

	/** The round, which must exist. */
	Round existing(String roundId) throws SQLException {
		List<Round> found = read(roundId);
		if (found.isEmpty()) {
			throw new StoreException(NLS.bind(Messages.noSuchRound, roundId));
		}
		return found.get(0);
	}

	/** Keeps the sample of one level, replacing an earlier one; the round becomes sampled. */
	void saveSample(String roundId, Sample sample) throws SQLException {
		Round round = existing(roundId);
		boolean open = round.getStatus() == RoundStatus.PLANNED || round.getStatus() == RoundStatus.SAMPLED
				|| round.getStatus() == RoundStatus.IN_REVIEW && sample.getLevel() > round.getReviewLevel();
		if (!open) {
			throw new StoreException(NLS.bind(Messages.sampleClosed,
					new Object[] { roundId, sample.getLevel(), round.getStatus().getLiteral() }));
		}
		try (PreparedStatement delete = database.prepare("DELETE FROM sample WHERE round_id = ? AND sample_level = ?",
				roundId, sample.getLevel())) {
			delete.executeUpdate();
		}
		try (PreparedStatement insert = database.prepare(Table.SAMPLE.insert(), roundId, sample.getLevel(),
				sample.getAudit())) {
			insert.executeUpdate();
		}
		try (PreparedStatement insert = database.prepare(Table.SAMPLED_UNIT.insert())) {
			for (SampledUnit unit : sample.getUnits()) {
				Database.set(insert, roundId, sample.getLevel(), unit.getCaseId(), unit.getStage(), unit.getStratum(),
						unit.getRank());
				insert.addBatch();
			}
			insert.executeBatch();
		}
		RoundStatus next = round.getStatus() == RoundStatus.PLANNED ? RoundStatus.SAMPLED : round.getStatus();
		setStatus(round, next, round.getReviewLevel());
	}

	/** Starts the review at a sampled level above the current one, or closes a round in review. */
	void advance(String roundId, RoundStatusChange change) throws SQLException {
		Round round = existing(roundId);
		if (change instanceof RoundStatusChange.StartReview start) {
			int level = start.level();
			boolean sampled = round.getSamples().stream().anyMatch(s -> s.getLevel() == level);
			boolean allowed = sampled && level >= 1 && level <= 4 && (round.getStatus() == RoundStatus.SAMPLED
					|| round.getStatus() == RoundStatus.IN_REVIEW && level > round.getReviewLevel());
			if (!allowed) {
				throw new StoreException(NLS.bind(Messages.cannotStartReview, new Object[] { roundId, level,
						round.getStatus().getLiteral() + (round.getReviewLevel() > 0 ? " " + round.getReviewLevel() : "") }));
			}
			setStatus(round, RoundStatus.IN_REVIEW, level);
		} else {
			if (round.getStatus() != RoundStatus.IN_REVIEW) {
				throw new StoreException(NLS.bind(Messages.cannotClose, roundId, round.getStatus().getLiteral()));
			}
			setStatus(round, RoundStatus.CLOSED, round.getReviewLevel());
		}
	}

	/** Moves the round's status only if no one moved it since it was read. */
	private void setStatus(Round round, RoundStatus status, int level) throws SQLException {
		try (PreparedStatement update = database.prepare("UPDATE review_round SET status = ?, review_level = ?,"
				+ " version = version + 1 WHERE id = ? AND version = ?", status.getLiteral(), level, round.getId(),
				round.getVersion())) {
			if (update.executeUpdate() != 1) {
				throw new StoreConflictException(NLS.bind(Messages.roundChanged, round.getId()));
			}
		}
	}
}
