package dk.tilsyn.store.internal;

import java.util.Collections;
import java.util.List;

/**
 * The store's tables and their columns, named once: the store's statements and the round
 * file (its tables, and the whitelist a file's header is checked against) are built from these
 * lists. In the order a round file holds them: a table comes after those it refers to.
 */
enum Table {
	REVIEW_ROUND("review_round",
			List.of("id", "concept_id", "concept_version", "sampling_model", "period_from", "period_to", "seed", "status",
					"review_level", "version"),
			List.of("id", "concept_id", "status", "review_level", "version")),
	SAMPLE("sample", List.of("round_id", "sample_level", "audit"), List.of("round_id", "sample_level")),
	SAMPLED_UNIT("sampled_unit", List.of("round_id", "sample_level", "case_id", "stage", "stratum", "unit_rank"),
			List.of("round_id", "sample_level", "case_id", "stage")),
	CASE_RECORD("case_record", List.of("case_id", "unit", "caseworker", "birth_date", "sibling_group", "flags"),
			List.of("case_id", "unit", "caseworker")),
	CASE_EVENT("case_event", List.of("case_id", "fingerprint", "event_name", "event_date", "event_time", "event_value"),
			List.of("case_id", "fingerprint", "event_name", "event_date")),
	REVIEW("review",
			List.of("id", "concept_id", "case_id", "stage", "review_level", "reviewer", "status", "version", "unit",
					"changed_by", "changed_at"),
			List.of("id", "concept_id", "case_id", "stage", "review_level", "status", "version")),
	ANSWER("answer", List.of("review_id", "question_id", "answer_value", "comment_text", "answer_text"),
			List.of("review_id", "question_id")),
	ANSWER_CHANGE("answer_change",
			List.of("review_id", "review_version", "question_id", "old_value", "new_value", "old_comment", "new_comment",
					"changed_by", "changed_at", "reason", "old_text", "new_text"),
			List.of("review_id", "review_version", "changed_by", "changed_at"));

	private final String sqlName;
	private final List<String> columns;
	private final List<String> required;

	Table(String sqlName, List<String> columns, List<String> required) {
		this.sqlName = sqlName;
		this.columns = columns;
		this.required = required;
	}

	String sqlName() {
		return sqlName;
	}

	/**
	 * The columns the store writes and a round file carries; the trail's own id stays behind
	 * (a receiving store numbers its entries itself, as it does its reviews).
	 */
	List<String> columns() {
		return columns;
	}

	/**
	 * The columns a round file must have: the keys, and what cannot be null. Columns added to a
	 * table later (answer_text …) may be missing from an older file.
	 */
	List<String> required() {
		return required;
	}

	/** {@code SELECT} the columns {@code FROM} the table. */
	String select() {
		return "SELECT " + String.join(", ", columns) + " FROM " + sqlName;
	}

	/** An {@code INSERT} of every column. */
	String insert() {
		return insert(columns);
	}

	/** An {@code INSERT} of every column but one (an identity the database assigns). */
	String insertWithout(String generated) {
		return insert(columns.stream().filter(c -> !c.equals(generated)).toList());
	}

	/** An {@code INSERT} of the given columns of this table, one row of parameters. */
	String insert(List<String> names) {
		return "INSERT INTO " + sqlName + " (" + String.join(", ", names) + ") VALUES ("
				+ String.join(", ", Collections.nCopies(names.size(), "?")) + ")";
	}
}
