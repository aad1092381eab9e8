package dk.tilsyn.store.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.osgi.util.NLS;

import dk.tilsyn.model.Answer;
import dk.tilsyn.model.AnswerValue;
import dk.tilsyn.model.Case;
import dk.tilsyn.model.CaseEvent;
import dk.tilsyn.model.Review;
import dk.tilsyn.model.ReviewFactory;
import dk.tilsyn.model.ReviewStatus;
import dk.tilsyn.model.Round;
import dk.tilsyn.model.RoundStatus;
import dk.tilsyn.model.Sample;
import dk.tilsyn.model.SampledUnit;
import dk.tilsyn.store.AnswerChange;
import dk.tilsyn.store.ImportResult;
import dk.tilsyn.store.Principal;
import dk.tilsyn.store.ReviewStore;
import dk.tilsyn.store.StoreAccessException;
import dk.tilsyn.store.StoreConflictException;
import dk.tilsyn.store.StoreException;
import dk.tilsyn.store.StoreStatus;
import dk.tilsyn.store.StoreUrlException;

/**
 * The store over JDBC, for H2 (embedded, a file) and PostgreSQL alike: the SQL is the subset
 * H2 in PostgreSQL mode and PostgreSQL share, so both run the same statements. One connection,
 * used by one thread at a time; every public method is one transaction.
 */
public final class JdbcReviewStore implements ReviewStore {
	/**
	 * PostgreSQL mode for the one SQL path; WRITE_DELAY=0 writes each commit to the file at once
	 * (H2's default waits up to 500 ms, and a killed process would lose what was committed);
	 * TRACE_LEVEL_FILE=0: no tilsyn.trace.db beside the store (H2 writes errors there, with
	 * the statements' values).
	 */
	private static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
			+ ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0";
	private static final int BATCH = 5000;
	/**
	 * PostgreSQL time limits, unless the URL sets them: the TCP connect, the login (a server
	 * that takes the connection and never answers), each read while logging in, and a statement
	 * (the server cancels it; reads after the login wait a little longer than that).
	 */
	private static final int CONNECT_TIMEOUT_SECONDS = 10;
	private static final int LOGIN_TIMEOUT_SECONDS = 20;
	private static final int LOGIN_READ_TIMEOUT_SECONDS = 10;
	static final int STATEMENT_TIMEOUT_SECONDS = 120;
	private static final int READ_TIMEOUT_SECONDS = STATEMENT_TIMEOUT_SECONDS + 30;

	private final Connection connection;
	private final String location;
	private final Principal principal;

	private JdbcReviewStore(Connection connection, String location, Principal principal) {
		this.connection = connection;
		this.location = location;
		this.principal = principal;
	}

	/** Opens the store at an accepted URL ({@link StoreUrls}); any other is refused unopened. */
	public static JdbcReviewStore open(String url, Principal principal) {
		Objects.requireNonNull(principal, "principal");
		StoreUrls.check(url);
		if (url.startsWith(StoreUrls.H2_PREFIX)) {
			return openH2(url, principal);
		}
		return openPostgres(url, principal);
	}

	private static JdbcReviewStore openH2(String url, Principal principal) {
		Path file = Path.of(StoreUrls.h2Path(url));
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Connection connection = new org.h2.Driver().connect(url + H2_OPTIONS, new Properties());
			return start(connection, file + ".mv.db", principal);
		} catch (SQLException e) {
			if (e.getErrorCode() == org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1) {
				throw new StoreException(NLS.bind(Messages.storeInUse, file + ".mv.db"), DatabaseErrors.withoutValues(e));
			}
			throw new StoreException(NLS.bind(Messages.cannotOpen, file + ".mv.db", DatabaseErrors.reason(e)),
					DatabaseErrors.withoutValues(e));
		} catch (java.io.IOException e) {
			throw new StoreException(NLS.bind(Messages.cannotOpen, file, e.getMessage()), e);
		}
	}

	private static JdbcReviewStore openPostgres(String url, Principal principal) {
		// the location people see: no parameters (they may hold a password)
		String location = StoreUrls.location(url);
		Set<String> given = new java.util.HashSet<>();
		StoreUrls.pgParameters(url).forEach(p -> given.add(p[0]));
		long started = System.nanoTime();
		try {
			Properties properties = new Properties();
			// one multi-row INSERT per batch: the import's speed depends on it
			properties.setProperty("reWriteBatchedInserts", "true");
			properties.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
			properties.setProperty("loginTimeout", String.valueOf(LOGIN_TIMEOUT_SECONDS));
			properties.setProperty("socketTimeout", String.valueOf(LOGIN_READ_TIMEOUT_SECONDS));
			properties.setProperty("options", "-c statement_timeout=" + STATEMENT_TIMEOUT_SECONDS + "s");
			Connection connection = new org.postgresql.Driver().connect(url, properties);
			if (connection == null) {
				throw new StoreUrlException(NLS.bind(Messages.urlNotAccepted, location,
						String.join(", ", StoreUrls.PG_PARAMETERS)));
			}
			if (!given.contains("socketTimeout")) {
				try {
					connection.setNetworkTimeout(Runnable::run, READ_TIMEOUT_SECONDS * 1000);
				} catch (SQLException e) {
					connection.close();
					throw e;
				}
			}
			return start(connection, location, principal);
		} catch (SQLException e) {
			long waited = (System.nanoTime() - started) / 1_000_000_000L;
			throw new StoreException(NLS.bind(Messages.cannotOpen, location, DatabaseErrors.reason(e, waited)),
					DatabaseErrors.withoutValues(e));
		}
	}

	private static JdbcReviewStore start(Connection connection, String location, Principal principal)
			throws SQLException {
		try {
			connection.setAutoCommit(false);
			Schema.migrate(connection);
			return new JdbcReviewStore(connection, location, principal);
		} catch (SQLException e) {
			connection.close();
			throw e;
		}
	}

	@Override
	public String location() {
		return location;
	}

	@Override
	public Principal principal() {
		return principal;
	}

	// --- transactions ---

	@FunctionalInterface
	private interface Work<T> {
		T run() throws SQLException;
	}

	/** Runs work as one transaction: committed when it returns, rolled back when it throws. */
	private <T> T transaction(String failure, Work<T> work) {
		return transaction(failure, work, e -> null);
	}

	/**
	 * As {@link #transaction(String, Work)}; a database error is told by explain (which row
	 * and column, found in what was to be stored) or else by its kind, never by the driver's
	 * message, which holds the rows' values.
	 */
	private synchronized <T> T transaction(String failure, Work<T> work,
			java.util.function.Function<SQLException, String> explain) {
		try {
			T result = work.run();
			connection.commit();
			return result;
		} catch (SQLException e) {
			rollback();
			String reason = explain.apply(e);
			throw new StoreException(NLS.bind(failure, location, reason != null ? reason : DatabaseErrors.reason(e)),
					DatabaseErrors.withoutValues(e));
		} catch (RuntimeException e) {
			rollback();
			throw e;
		}
	}

	private void rollback() {
		try {
			connection.rollback();
		} catch (SQLException e) {
			// the connection is broken; the original failure is what the user must see
		}
	}

	private void requireAdministrator() {
		if (!principal.isAdministrator()) {
			throw new StoreAccessException(NLS.bind(Messages.administratorsOnly, principal.name()));
		}
	}

	private PreparedStatement prepare(String sql, Object... parameters) throws SQLException {
		PreparedStatement statement = connection.prepareStatement(sql);
		for (int i = 0; i < parameters.length; i++) {
			statement.setObject(i + 1, parameters[i]);
		}
		return statement;
	}

	private long count(String sql, Object... parameters) throws SQLException {
		try (PreparedStatement statement = prepare(sql, parameters); ResultSet rows = statement.executeQuery()) {
			return rows.next() ? rows.getLong(1) : 0;
		}
	}

	// --- cases ---

	@Override
	public ImportResult importCases(List<Case> cases) {
		requireAdministrator();
		return transaction(Messages.cannotImport, () -> {
			long casesBefore = count("SELECT COUNT(*) FROM case_record");
			long eventsBefore = count("SELECT COUNT(*) FROM case_event");
			// into an empty store nothing can clash: no updates, plain inserts (a third faster)
			boolean empty = casesBefore == 0 && eventsBefore == 0;
			String onConflict = empty ? "" : " ON CONFLICT DO NOTHING";
			int changed = 0;
			try (PreparedStatement update = connection.prepareStatement(
					"UPDATE case_record SET unit = ?, caseworker = ?, birth_date = ?, sibling_group = ?, flags = ?"
							+ " WHERE case_id = ? AND NOT (unit = ? AND caseworker = ? AND birth_date IS NOT DISTINCT FROM ?"
							+ " AND sibling_group IS NOT DISTINCT FROM ? AND flags IS NOT DISTINCT FROM ?)");
					PreparedStatement insert = connection.prepareStatement(
							"INSERT INTO case_record (case_id, unit, caseworker, birth_date, sibling_group, flags)"
									+ " VALUES (?, ?, ?, ?, ?, ?)" + onConflict)) {
				int pending = 0;
				for (Case c : cases) {
					String flags = c.getFlags().isEmpty() ? null : String.join(";", c.getFlags());
					Object[] values = { c.getUnit(), c.getCaseworker(), c.getBirthDate(), c.getSiblingGroup(), flags };
					for (int i = 0; i < 5; i++) {
						update.setObject(i + 1, values[i]);
						update.setObject(i + 7, values[i]);
					}
					update.setString(6, c.getId());
					if (!empty) {
						update.addBatch();
					}
					insert.setString(1, c.getId());
					for (int i = 0; i < 5; i++) {
						insert.setObject(i + 2, values[i]);
					}
					insert.addBatch();
					if (++pending == BATCH) {
						changed += updated(update.executeBatch());
						insert.executeBatch();
						pending = 0;
					}
				}
				changed += updated(update.executeBatch());
				insert.executeBatch();
			}
			try (MultiRowInsert insert = new MultiRowInsert("INSERT INTO case_event (case_id, fingerprint, event_name,"
					+ " event_date, event_time, event_value)", onConflict, 6)) {
				Set<String> seen = new java.util.HashSet<>();
				for (Case c : cases) {
					seen.clear();
					for (CaseEvent e : c.getEvents()) {
						String fingerprint = fingerprint(e);
						if (seen.add(fingerprint)) { // the same event twice in one export is one event
							insert.add(c.getId(), fingerprint, e.getName(), e.getDate(), e.getTime(), e.getValue());
						}
					}
				}
			}
			// the access rules go by the case's unit: reviews follow a case that moved unit
			try (PreparedStatement follow = connection.prepareStatement("UPDATE review SET unit = (SELECT c.unit FROM"
					+ " case_record c WHERE c.case_id = review.case_id) WHERE EXISTS (SELECT 1 FROM case_record c"
					+ " WHERE c.case_id = review.case_id AND c.unit IS DISTINCT FROM review.unit)")) {
				follow.executeUpdate();
			}
			long newCases = count("SELECT COUNT(*) FROM case_record") - casesBefore;
			long newEvents = count("SELECT COUNT(*) FROM case_event") - eventsBefore;
			return new ImportResult((int) newCases, changed, (int) newEvents);
		}, e -> DatabaseErrors.state(e).startsWith("22") || DatabaseErrors.state(e).equals("23502") ? firstUnfit(cases)
				: null);
	}

	/**
	 * After the database refused an import: the first case (by its place in the import) with a
	 * value the tables cannot hold, named by place and column (the limits of {@link Schema}).
	 */
	private static String firstUnfit(List<Case> cases) {
		for (int i = 0; i < cases.size(); i++) {
			Case c = cases.get(i);
			String flags = c.getFlags().isEmpty() ? null : String.join(";", c.getFlags());
			Object[][] columns = { { "case_id", c.getId(), 100, true }, { "unit", c.getUnit(), 200, true },
					{ "caseworker", c.getCaseworker(), 200, true }, { "sibling_group", c.getSiblingGroup(), 200, false },
					{ "flags", flags, 2000, false } };
			for (Object[] column : columns) {
				String value = (String) column[1];
				if (value == null && (Boolean) column[3]) {
					return NLS.bind(Messages.reasonMissingAt, i + 1, column[0]);
				}
				if (value != null && value.length() > (Integer) column[2]) {
					return NLS.bind(Messages.reasonTooLongAt, new Object[] { i + 1, column[0], column[2] });
				}
			}
			for (int j = 0; j < c.getEvents().size(); j++) {
				CaseEvent e = c.getEvents().get(j);
				if (e.getName() == null || e.getDate() == null) {
					return NLS.bind(Messages.reasonEventMissingAt,
							new Object[] { i + 1, j + 1, e.getName() == null ? "event" : "date" });
				}
				if (e.getName().length() > 100) {
					return NLS.bind(Messages.reasonEventTooLongAt, new Object[] { i + 1, j + 1, "event", 100 });
				}
				if (e.getValue() != null && e.getValue().length() > 10000) {
					return NLS.bind(Messages.reasonEventTooLongAt, new Object[] { i + 1, j + 1, "value", 10000 });
				}
			}
		}
		return null;
	}

	/**
	 * Inserts rows {@value #ROWS_PER_INSERT} at a time, one multi-row INSERT each, batched:
	 * far fewer statements than one per row (H2 imports a quarter faster; PostgreSQL's driver
	 * would rewrite single-row batches the same way).
	 */
	private final class MultiRowInsert implements AutoCloseable {
		private static final int ROWS_PER_INSERT = 50;
		private final String head;
		private final String tail;
		private final int columns;
		private final PreparedStatement full;
		private final List<Object[]> rows = new ArrayList<>();
		private int batched;

		MultiRowInsert(String head, String tail, int columns) throws SQLException {
			this.head = head;
			this.tail = tail;
			this.columns = columns;
			this.full = connection.prepareStatement(sql(ROWS_PER_INSERT));
		}

		private String sql(int count) {
			String row = "(" + String.join(", ", java.util.Collections.nCopies(columns, "?")) + ")";
			return head + " VALUES " + String.join(", ", java.util.Collections.nCopies(count, row)) + tail;
		}

		void add(Object... values) throws SQLException {
			rows.add(values);
			if (rows.size() == ROWS_PER_INSERT) {
				set(full, rows);
				rows.clear();
				full.addBatch();
				if (++batched == BATCH / ROWS_PER_INSERT) {
					full.executeBatch();
					batched = 0;
				}
			}
		}

		private void set(PreparedStatement statement, List<Object[]> values) throws SQLException {
			int p = 1;
			for (Object[] row : values) {
				for (Object value : row) {
					statement.setObject(p++, value);
				}
			}
		}

		@Override
		public void close() throws SQLException {
			try (full) {
				full.executeBatch();
				if (!rows.isEmpty()) {
					try (PreparedStatement rest = connection.prepareStatement(sql(rows.size()))) {
						set(rest, rows);
						rest.executeUpdate();
					}
				}
			}
		}
	}

	private static int updated(int[] counts) {
		int n = 0;
		for (int c : counts) {
			n += Math.max(c, 0);
		}
		return n;
	}

	/** An event's identity within its case: name, date, time and value (long values hashed). */
	static String fingerprint(CaseEvent e) {
		String value = e.getValue() == null ? "" : e.getValue();
		if (value.length() > 200) {
			try {
				value = "#" + HexFormat.of().formatHex(
						MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
			} catch (NoSuchAlgorithmException x) {
				throw new IllegalStateException(x);
			}
		}
		return e.getName() + "|" + e.getDate() + "|" + (e.getTime() == null ? "" : e.getTime()) + "|" + value;
	}

	@Override
	public Optional<Case> findCase(String caseId) {
		return transaction(Messages.cannotRead, () -> {
			Case c = null;
			try (PreparedStatement select = prepare("SELECT case_id, unit, caseworker, birth_date, sibling_group, flags"
					+ " FROM case_record WHERE case_id = ?", caseId); ResultSet rows = select.executeQuery()) {
				if (!rows.next()) {
					return Optional.empty();
				}
				c = ReviewFactory.eINSTANCE.createCase();
				c.setId(rows.getString(1));
				c.setUnit(rows.getString(2));
				c.setCaseworker(rows.getString(3));
				c.setBirthDate(rows.getObject(4, LocalDate.class));
				c.setSiblingGroup(rows.getString(5));
				String flags = rows.getString(6);
				if (flags != null) {
					c.getFlags().addAll(List.of(flags.split(";")));
				}
			}
			if (!principal.isAdministrator() && principal.level() < 3 && !principal.unit().equals(c.getUnit())) {
				return Optional.empty();
			}
			try (PreparedStatement select = prepare("SELECT event_name, event_date, event_time, event_value FROM case_event"
					+ " WHERE case_id = ? ORDER BY event_date, event_time, event_name", caseId);
					ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					CaseEvent e = ReviewFactory.eINSTANCE.createCaseEvent();
					e.setName(rows.getString(1));
					e.setDate(rows.getObject(2, LocalDate.class));
					e.setTime(rows.getObject(3, LocalTime.class));
					e.setValue(rows.getString(4));
					c.getEvents().add(e);
				}
			}
			return Optional.of(c);
		});
	}

	@Override
	public StoreStatus status() {
		return transaction(Messages.cannotRead, () -> {
			long cases = count("SELECT COUNT(*) FROM case_record");
			long events = count("SELECT COUNT(*) FROM case_event");
			Map<String, Long> reviews = grouped("SELECT status, COUNT(*) FROM review GROUP BY status");
			List<StoreStatus.RoundStatusLine> lines = new ArrayList<>();
			Map<String, Map<String, Long>> perRound = reviewsPerRound();
			for (Round round : readRounds(null)) {
				Map<Integer, Long> units = new TreeMap<>();
				for (Sample sample : round.getSamples()) {
					units.put(sample.getLevel(), (long) sample.getUnits().size());
				}
				lines.add(new StoreStatus.RoundStatusLine(round.getId(), round.getStatus().getLiteral(),
						round.getReviewLevel(), units, perRound.getOrDefault(round.getId(), new TreeMap<>())));
			}
			return new StoreStatus(location, cases, events, reviews, lines);
		});
	}

	/**
	 * Reviews per round and status. A review is one per concept, case, stage and level, while
	 * rounds with overlapping periods can sample the same case stage: it counts in one round
	 * only, the first that sampled it (earliest period, then id), not in every round.
	 */
	private Map<String, Map<String, Long>> reviewsPerRound() throws SQLException {
		Map<String, Map<String, Long>> counts = new TreeMap<>();
		try (PreparedStatement select = prepare("SELECT o.round_id, r.status, COUNT(*) FROM review r JOIN (SELECT"
				+ " u.round_id, u.case_id, u.stage, u.sample_level, rr.concept_id, ROW_NUMBER() OVER (PARTITION BY"
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

	private Map<String, Long> grouped(String sql, Object... parameters) throws SQLException {
		Map<String, Long> counts = new TreeMap<>();
		try (PreparedStatement statement = prepare(sql, parameters); ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				counts.put(rows.getString(1), rows.getLong(2));
			}
		}
		return counts;
	}

	// --- rounds ---

	@Override
	public void createRound(Round round) {
		requireAdministrator();
		transaction(Messages.cannotSave, () -> {
			if (count("SELECT COUNT(*) FROM review_round WHERE id = ?", round.getId()) > 0) {
				throw new StoreConflictException(NLS.bind(Messages.roundExists, round.getId()));
			}
			try (PreparedStatement insert = prepare("INSERT INTO review_round (id, concept_id, concept_version,"
					+ " sampling_model, period_from, period_to, seed, status, review_level, version)"
					+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 1)", round.getId(), round.getConceptId(),
					round.getConceptVersion(), round.getSamplingModel(), round.getPeriodFrom(), round.getPeriodTo(),
					round.getSeed(), RoundStatus.PLANNED.getLiteral())) {
				insert.executeUpdate();
			}
			return null;
		});
		round.setStatus(RoundStatus.PLANNED);
		round.setReviewLevel(0);
		round.setVersion(1);
	}

	@Override
	public Optional<Round> round(String roundId) {
		return transaction(Messages.cannotRead, () -> readRounds(roundId).stream().findFirst());
	}

	@Override
	public List<Round> rounds() {
		return transaction(Messages.cannotRead, () -> readRounds(null));
	}

	private List<Round> readRounds(String roundId) throws SQLException {
		Map<String, Round> rounds = new LinkedHashMap<>();
		String where = roundId == null ? "" : " WHERE id = ?";
		try (PreparedStatement select = prepare("SELECT id, concept_id, concept_version, sampling_model, period_from,"
				+ " period_to, seed, status, review_level, version FROM review_round" + where + " ORDER BY id",
				roundId == null ? new Object[0] : new Object[] { roundId }); ResultSet rows = select.executeQuery()) {
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
		Map<String, Sample> samples = new LinkedHashMap<>();
		try (PreparedStatement select = prepare("SELECT round_id, sample_level, audit FROM sample"
				+ (roundId == null ? "" : " WHERE round_id = ?") + " ORDER BY round_id, sample_level",
				roundId == null ? new Object[0] : new Object[] { roundId }); ResultSet rows = select.executeQuery()) {
			while (rows.next()) {
				Sample sample = ReviewFactory.eINSTANCE.createSample();
				sample.setLevel(rows.getInt(2));
				sample.setAudit(rows.getString(3));
				rounds.get(rows.getString(1)).getSamples().add(sample);
				samples.put(rows.getString(1) + "/" + sample.getLevel(), sample);
			}
		}
		try (PreparedStatement select = prepare("SELECT round_id, sample_level, case_id, stage, stratum, unit_rank"
				+ " FROM sampled_unit" + (roundId == null ? "" : " WHERE round_id = ?")
				+ " ORDER BY round_id, sample_level, stratum, unit_rank, case_id, stage",
				roundId == null ? new Object[0] : new Object[] { roundId }); ResultSet rows = select.executeQuery()) {
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

	private Round lockedRound(String roundId) throws SQLException {
		List<Round> found = readRounds(roundId);
		if (found.isEmpty()) {
			throw new StoreException(NLS.bind(Messages.noSuchRound, roundId));
		}
		return found.get(0);
	}

	/** Moves the round's status only if no one moved it since it was read. */
	private void setRoundStatus(Round round, RoundStatus status, int level) throws SQLException {
		try (PreparedStatement update = prepare("UPDATE review_round SET status = ?, review_level = ?,"
				+ " version = version + 1 WHERE id = ? AND version = ?", status.getLiteral(), level, round.getId(),
				round.getVersion())) {
			if (update.executeUpdate() != 1) {
				throw new StoreConflictException(NLS.bind(Messages.roundChanged, round.getId()));
			}
		}
	}

	@Override
	public void saveSample(String roundId, Sample sample) {
		requireAdministrator();
		transaction(Messages.cannotSave, () -> {
			Round round = lockedRound(roundId);
			boolean open = round.getStatus() == RoundStatus.PLANNED || round.getStatus() == RoundStatus.SAMPLED
					|| round.getStatus() == RoundStatus.IN_REVIEW && sample.getLevel() > round.getReviewLevel();
			if (!open) {
				throw new StoreException(NLS.bind(Messages.sampleClosed,
						new Object[] { roundId, sample.getLevel(), round.getStatus().getLiteral() }));
			}
			try (PreparedStatement delete = prepare("DELETE FROM sample WHERE round_id = ? AND sample_level = ?",
					roundId, sample.getLevel())) {
				delete.executeUpdate();
			}
			try (PreparedStatement insert = prepare(
					"INSERT INTO sample (round_id, sample_level, audit) VALUES (?, ?, ?)", roundId, sample.getLevel(),
					sample.getAudit())) {
				insert.executeUpdate();
			}
			try (PreparedStatement insert = connection.prepareStatement("INSERT INTO sampled_unit (round_id,"
					+ " sample_level, case_id, stage, stratum, unit_rank) VALUES (?, ?, ?, ?, ?, ?)")) {
				for (SampledUnit unit : sample.getUnits()) {
					insert.setString(1, roundId);
					insert.setInt(2, sample.getLevel());
					insert.setString(3, unit.getCaseId());
					insert.setString(4, unit.getStage());
					insert.setString(5, unit.getStratum());
					insert.setString(6, unit.getRank());
					insert.addBatch();
				}
				insert.executeBatch();
			}
			RoundStatus next = round.getStatus() == RoundStatus.PLANNED ? RoundStatus.SAMPLED : round.getStatus();
			setRoundStatus(round, next, round.getReviewLevel());
			return null;
		});
	}

	@Override
	public void advanceRound(String roundId, RoundStatusChange change) {
		requireAdministrator();
		transaction(Messages.cannotSave, () -> {
			Round round = lockedRound(roundId);
			if (change instanceof RoundStatusChange.StartReview start) {
				int level = start.level();
				boolean sampled = round.getSamples().stream().anyMatch(s -> s.getLevel() == level);
				boolean allowed = sampled && level >= 1 && level <= 4 && (round.getStatus() == RoundStatus.SAMPLED
						|| round.getStatus() == RoundStatus.IN_REVIEW && level > round.getReviewLevel());
				if (!allowed) {
					throw new StoreException(NLS.bind(Messages.cannotStartReview, new Object[] { roundId, level,
							round.getStatus().getLiteral() + (round.getReviewLevel() > 0 ? " " + round.getReviewLevel() : "") }));
				}
				setRoundStatus(round, RoundStatus.IN_REVIEW, level);
			} else {
				if (round.getStatus() != RoundStatus.IN_REVIEW) {
					throw new StoreException(NLS.bind(Messages.cannotClose, roundId, round.getStatus().getLiteral()));
				}
				setRoundStatus(round, RoundStatus.CLOSED, round.getReviewLevel());
			}
			return null;
		});
	}

	// --- reviews ---

	/** The access rule as SQL over review r: the principal's level, and unit below level 3. */
	private String accessFilter(List<Object> parameters) {
		if (principal.isAdministrator()) {
			return "";
		}
		parameters.add(principal.level());
		if (principal.level() >= 3) {
			return " AND r.review_level = ?";
		}
		parameters.add(principal.unit());
		return " AND r.review_level = ? AND r.unit = ?";
	}

	@Override
	public Optional<Review> find(String conceptId, String caseId, String stage, int level) {
		return transaction(Messages.cannotRead, () -> query(
				"r.concept_id = ? AND r.case_id = ? AND r.stage = ? AND r.review_level = ?", conceptId, caseId, stage,
				level).stream().findFirst());
	}

	@Override
	public List<Review> reviews(String conceptId) {
		return transaction(Messages.cannotRead, () -> query("r.concept_id = ?", conceptId));
	}

	private List<Review> query(String where, Object... given) throws SQLException {
		List<Object> parameters = new ArrayList<>(List.of(given));
		String sql = "SELECT r.id, r.concept_id, r.case_id, r.stage, r.review_level, r.reviewer, r.status, r.version,"
				+ " a.question_id, a.answer_value, a.comment_text, a.answer_text FROM review r"
				+ " LEFT JOIN answer a ON a.review_id = r.id"
				+ " WHERE " + where + accessFilter(parameters) + " ORDER BY r.case_id, r.stage, r.review_level, a.question_id";
		Map<Long, Review> reviews = new LinkedHashMap<>();
		try (PreparedStatement statement = prepare(sql, parameters.toArray()); ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				long id = rows.getLong(1);
				Review review = reviews.get(id);
				if (review == null) {
					review = ReviewFactory.eINSTANCE.createReview();
					review.setConceptId(rows.getString(2));
					review.setCaseId(rows.getString(3));
					review.setStage(rows.getString(4));
					review.setLevel(rows.getInt(5));
					review.setReviewer(rows.getString(6));
					review.setStatus(ReviewStatus.get(rows.getString(7)));
					review.setVersion(rows.getInt(8));
					reviews.put(id, review);
				}
				String questionId = rows.getString(9);
				if (questionId != null) {
					Answer answer = ReviewFactory.eINSTANCE.createAnswer();
					answer.setQuestionId(questionId);
					String value = rows.getString(10);
					if (value != null) {
						answer.setValue(AnswerValue.get(value));
					}
					answer.setComment(rows.getString(11));
					answer.setText(rows.getString(12));
					review.getAnswers().add(answer);
				}
			}
		}
		return new ArrayList<>(reviews.values());
	}

	/** What is stored of one review, read for a save. */
	private record Stored(long id, ReviewStatus status, int version, Map<String, String[]> answers) {
	}

	private Optional<Stored> stored(Review review) throws SQLException {
		long id;
		ReviewStatus status;
		int version;
		try (PreparedStatement select = prepare("SELECT id, status, version FROM review WHERE concept_id = ? AND"
				+ " case_id = ? AND stage = ? AND review_level = ?", review.getConceptId(), review.getCaseId(),
				review.getStage(), review.getLevel()); ResultSet rows = select.executeQuery()) {
			if (!rows.next()) {
				return Optional.empty();
			}
			id = rows.getLong(1);
			status = ReviewStatus.get(rows.getString(2));
			version = rows.getInt(3);
		}
		Map<String, String[]> answers = new TreeMap<>();
		try (PreparedStatement select = prepare("SELECT question_id, answer_value, comment_text, answer_text FROM answer"
				+ " WHERE review_id = ?", id); ResultSet rows = select.executeQuery()) {
			while (rows.next()) {
				answers.put(rows.getString(1), new String[] { rows.getString(2), rows.getString(3), rows.getString(4) });
			}
		}
		return Optional.of(new Stored(id, status, version, answers));
	}

	/** The unit of a case as imported, or null. */
	private String unitOf(String caseId) throws SQLException {
		try (PreparedStatement select = prepare("SELECT unit FROM case_record WHERE case_id = ?", caseId);
				ResultSet rows = select.executeQuery()) {
			return rows.next() ? rows.getString(1) : null;
		}
	}

	private void checkAccess(Review review, String unit) {
		if (!principal.mayAccess(review.getLevel(), unit)) {
			throw new StoreAccessException(NLS.bind(Messages.noAccess, new Object[] { principal.name(),
					review.getCaseId(), review.getStage(), review.getLevel() }));
		}
	}

	private static boolean allowedMove(ReviewStatus from, ReviewStatus to) {
		return from == to || from == ReviewStatus.DRAFT && to == ReviewStatus.SUBMITTED
				|| from == ReviewStatus.SUBMITTED && (to == ReviewStatus.DRAFT || to == ReviewStatus.LOCKED);
	}

	@Override
	public void save(Review review, String reason) {
		ReviewStatus status = review.getStatus() == null ? ReviewStatus.DRAFT : review.getStatus();
		int newVersion = transaction(Messages.cannotSave, () -> {
			try {
				return saveInTransaction(review, reason, status);
			} catch (SQLException e) {
				if (lostRace(e)) {
					throw conflict(review, -1);
				}
				throw e;
			}
		});
		review.setVersion(newVersion);
		review.setStatus(status);
		if (review.getReviewer() == null) {
			review.setReviewer(principal.name());
		}
	}

	private int saveInTransaction(Review review, String reason, ReviewStatus status) throws SQLException {
		{
			String unit = unitOf(review.getCaseId());
			checkAccess(review, unit);
			Optional<Stored> stored = stored(review);
			if (stored.isPresent() && stored.get().version() != review.getVersion() || stored.isEmpty() && review.getVersion() != 0) {
				throw conflict(review, stored.map(Stored::id).orElse(-1L));
			}
			ReviewStatus from = stored.map(Stored::status).orElse(ReviewStatus.DRAFT);
			if (from == ReviewStatus.LOCKED) {
				throw new StoreException(NLS.bind(Messages.reviewLocked, review.getCaseId(), review.getStage()));
			}
			if (!allowedMove(from, status) || stored.isEmpty() && status == ReviewStatus.LOCKED) {
				throw new StoreException(NLS.bind(Messages.badStatusMove, from.getLiteral(), status.getLiteral()));
			}
			LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.MILLIS);
			String reviewer = review.getReviewer() == null ? principal.name() : review.getReviewer();
			long id;
			if (stored.isEmpty()) {
				id = insert(review, reviewer, status, unit, now);
			} else {
				id = stored.get().id();
				try (PreparedStatement update = prepare("UPDATE review SET reviewer = ?, status = ?, unit = ?,"
						+ " changed_by = ?, changed_at = ?, version = version + 1 WHERE id = ? AND version = ?", reviewer,
						status.getLiteral(), unit, actor(review), now, id, review.getVersion())) {
					if (update.executeUpdate() != 1) {
						throw conflict(review, id);
					}
				}
			}
			int version = review.getVersion() + 1;
			Map<String, String[]> old = stored.map(Stored::answers).orElse(Map.of());
			Map<String, String[]> now2 = new TreeMap<>();
			for (Answer answer : review.getAnswers()) {
				String comment = answer.getComment() == null || answer.getComment().isEmpty() ? null : answer.getComment();
				if (answer.isSetValue() || comment != null || answer.getText() != null) {
					now2.put(answer.getQuestionId(), new String[] {
							answer.isSetValue() ? answer.getValue().getLiteral() : null, comment, answer.getText() });
				}
			}
			writeAnswers(id, now2);
			try (PreparedStatement trail = connection.prepareStatement("INSERT INTO answer_change (review_id,"
					+ " review_version, question_id, old_value, new_value, old_comment, new_comment, changed_by, changed_at,"
					+ " reason, old_text, new_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
				Set<String> questions = new LinkedHashSet<>(old.keySet());
				questions.addAll(now2.keySet());
				for (String q : questions) {
					String[] before = old.getOrDefault(q, new String[3]);
					String[] after = now2.getOrDefault(q, new String[3]);
					if (!Arrays.equals(before, after)) {
						addChange(trail, actor(review), id, version, q, before, after, now, reason);
					}
				}
				if (stored.isPresent() && from != status || stored.isEmpty()) {
					addChange(trail, actor(review), id, version, null,
							new String[] { stored.isEmpty() ? null : from.getLiteral(), null, null },
							new String[] { status.getLiteral(), null, null }, now, reason);
				}
				trail.executeBatch();
			}
			return version;
		}
	}

	/**
	 * Who a change is recorded for: the principal, but an administrator's store (the
	 * single-user application, which has no login yet) saves in the name of the review's reviewer.
	 */
	private String actor(Review review) {
		return principal.isAdministrator() && review.getReviewer() != null ? review.getReviewer() : principal.name();
	}

	/** One entry of the trail; before and after are {value, comment, text}. */
	private void addChange(PreparedStatement trail, String actor, long id, int version, String question,
			String[] before, String[] after, LocalDateTime at, String reason) throws SQLException {
		trail.setLong(1, id);
		trail.setInt(2, version);
		trail.setString(3, question);
		trail.setString(4, before[0]);
		trail.setString(5, after[0]);
		trail.setString(6, before[1]);
		trail.setString(7, after[1]);
		trail.setString(8, actor);
		trail.setObject(9, at);
		trail.setString(10, reason == null || reason.isBlank() ? null : reason);
		trail.setString(11, before[2]);
		trail.setString(12, after[2]);
		trail.addBatch();
	}

	private void writeAnswers(long id, Map<String, String[]> answers) throws SQLException {
		try (PreparedStatement delete = prepare("DELETE FROM answer WHERE review_id = ?", id)) {
			delete.executeUpdate();
		}
		try (PreparedStatement insert = connection.prepareStatement(
				"INSERT INTO answer (review_id, question_id, answer_value, comment_text, answer_text)"
						+ " VALUES (?, ?, ?, ?, ?)")) {
			for (Map.Entry<String, String[]> answer : answers.entrySet()) {
				insert.setLong(1, id);
				insert.setString(2, answer.getKey());
				insert.setString(3, answer.getValue()[0]);
				insert.setString(4, answer.getValue()[1]);
				insert.setString(5, answer.getValue()[2]);
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	private long insert(Review review, String reviewer, ReviewStatus status, String unit, LocalDateTime now)
			throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement(
				"INSERT INTO review (concept_id, case_id, stage, review_level, reviewer, status, version, unit,"
						+ " changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?) ON CONFLICT DO NOTHING",
				new String[] { "id" })) {
			insert.setString(1, review.getConceptId());
			insert.setString(2, review.getCaseId());
			insert.setString(3, review.getStage());
			insert.setInt(4, review.getLevel());
			insert.setString(5, reviewer);
			insert.setString(6, status.getLiteral());
			insert.setString(7, unit);
			insert.setString(8, actor(review));
			insert.setObject(9, now);
			if (insert.executeUpdate() != 1) {
				// someone else saved a first version of the same review since we looked
				throw conflict(review, -1);
			}
			try (ResultSet keys = insert.getGeneratedKeys()) {
				keys.next();
				return keys.getLong(1);
			}
		}
	}

	/**
	 * The refusal of a save that would overwrite someone else's: who saved since the review was
	 * loaded, and which answers they changed. Read in a transaction of its own (the failed one
	 * is rolled back first).
	 */
	private StoreConflictException conflict(Review review, long knownId) {
		rollback();
		Set<String> who = new LinkedHashSet<>();
		Set<String> what = new LinkedHashSet<>();
		try {
			long id = knownId;
			if (id < 0) {
				id = stored(review).map(Stored::id).orElse(-1L);
			}
			try (PreparedStatement select = prepare("SELECT changed_by, question_id FROM answer_change"
					+ " WHERE review_id = ? AND review_version > ? ORDER BY id", id, review.getVersion());
					ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					who.add(rows.getString(1));
					what.add(rows.getString(2) == null ? Messages.theStatus : rows.getString(2));
				}
			}
			connection.commit();
		} catch (SQLException e) {
			rollback();
		}
		return new StoreConflictException(NLS.bind(Messages.conflict, new Object[] { review.getCaseId(),
				review.getStage(), who.isEmpty() ? "?" : String.join(", ", who),
				what.isEmpty() ? "?" : String.join(", ", what) }));
	}

	@Override
	public void reopen(Review review, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new StoreException(Messages.reopenNeedsReason);
		}
		int newVersion = transaction(Messages.cannotSave, () -> {
			checkAccess(review, unitOf(review.getCaseId()));
			Stored stored = stored(review).orElseThrow(
					() -> new StoreException(NLS.bind(Messages.noSuchReview, review.getCaseId(), review.getStage())));
			if (stored.status() != ReviewStatus.LOCKED) {
				throw new StoreException(NLS.bind(Messages.notLocked, review.getCaseId(), review.getStage()));
			}
			if (stored.version() != review.getVersion()) {
				throw conflict(review, stored.id());
			}
			LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.MILLIS);
			try (PreparedStatement update = prepare("UPDATE review SET status = ?, changed_by = ?, changed_at = ?,"
					+ " version = version + 1 WHERE id = ? AND version = ?", ReviewStatus.DRAFT.getLiteral(),
					principal.name(), now, stored.id(), stored.version())) {
				if (update.executeUpdate() != 1) {
					throw conflict(review, stored.id());
				}
			}
			try (PreparedStatement trail = connection.prepareStatement("INSERT INTO answer_change (review_id,"
					+ " review_version, question_id, old_value, new_value, old_comment, new_comment, changed_by, changed_at,"
					+ " reason, old_text, new_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
				addChange(trail, actor(review), stored.id(), stored.version() + 1, null,
						new String[] { ReviewStatus.LOCKED.getLiteral(), null, null },
						new String[] { ReviewStatus.DRAFT.getLiteral(), null, null }, now, reason);
				trail.executeBatch();
			}
			return stored.version() + 1;
		});
		review.setVersion(newVersion);
		review.setStatus(ReviewStatus.DRAFT);
	}

	@Override
	public List<AnswerChange> history(String conceptId, String caseId, String stage, int level) {
		return transaction(Messages.cannotRead, () -> {
			List<Object> parameters = new ArrayList<>(List.of(conceptId, caseId, stage, level));
			String sql = "SELECT c.review_version, c.question_id, COALESCE(c.old_value, c.old_text),"
					+ " COALESCE(c.new_value, c.new_text), c.old_comment, c.new_comment,"
					+ " c.changed_by, c.changed_at, c.reason FROM answer_change c JOIN review r ON r.id = c.review_id"
					+ " WHERE r.concept_id = ? AND r.case_id = ? AND r.stage = ? AND r.review_level = ?"
					+ accessFilter(parameters) + " ORDER BY c.id";
			List<AnswerChange> changes = new ArrayList<>();
			try (PreparedStatement select = prepare(sql, parameters.toArray()); ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					changes.add(new AnswerChange(rows.getInt(1), rows.getString(2), rows.getString(3), rows.getString(4),
							rows.getString(5), rows.getString(6), rows.getString(7),
							rows.getObject(8, LocalDateTime.class), rows.getString(9)));
				}
			}
			return changes;
		});
	}

	// --- moving rounds ---

	@Override
	public void exportRound(String roundId, Path file) {
		requireAdministrator();
		transaction(Messages.cannotRead, () -> {
			lockedRound(roundId);
			RoundArchive.write(connection, roundId, file);
			return null;
		});
	}

	@Override
	public String importRound(Path file) {
		requireAdministrator();
		return transaction(Messages.cannotSave, () -> RoundArchive.read(connection, file));
	}

	@Override
	public synchronized void close() {
		try {
			connection.close();
		} catch (SQLException e) {
			throw new StoreException(NLS.bind(Messages.cannotSave, location, DatabaseErrors.reason(e)),
					DatabaseErrors.withoutValues(e));
		}
	}

	/**
	 * A save that ran into another writer's uncommitted or just committed row: a unique key
	 * taken (23505), or H2's concurrent-update and lock-timeout errors.
	 */
	private static boolean lostRace(SQLException e) {
		return "23505".equals(e.getSQLState()) || e.getErrorCode() == org.h2.api.ErrorCode.CONCURRENT_UPDATE_1
				|| e.getErrorCode() == org.h2.api.ErrorCode.LOCK_TIMEOUT_1 || "40001".equals(e.getSQLState());
	}
}
