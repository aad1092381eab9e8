package dk.tilsyn.cli.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import dk.tilsyn.concept.ConceptRules;
import dk.tilsyn.deadlines.CaseFacts;
import dk.tilsyn.deadlines.Deadlines;
import dk.tilsyn.deadlines.Rule;
import dk.tilsyn.deadlines.Summary;
import dk.tilsyn.deadlines.Verdict;
import dk.tilsyn.io.CaseFileException;
import dk.tilsyn.io.CaseFiles;
import dk.tilsyn.io.Problem;
import dk.tilsyn.model.concept.Concept;
import dk.tilsyn.model.Case;

/**
 * {@code tilsyn check-deadlines --concept C --cases F --events F --as-of T [--format csv|json]
 * [--summary]}: every deadline rule of the concept on every case, one row per (case, rule):
 * {@code case_id,rule,law,due,verdict,derivation}; with --summary one row per rule and unit.
 */
final class CheckDeadlinesCommand {
	private final PrintStream out;
	private final PrintStream err;

	CheckDeadlinesCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	int run(List<String> args) {
		String conceptArg = Options.take(args, "--concept");
		String casesArg = Options.take(args, "--cases");
		String eventsArg = Options.take(args, "--events");
		String asOfArg = Options.take(args, "--as-of");
		String format = Options.take(args, "--format");
		boolean summary = args.remove("--summary");
		Options.noMoreOptions(args);
		if (!args.isEmpty()) {
			throw UsageException.usage(Messages.checkDeadlinesUsage);
		}
		Options.required(conceptArg, "--concept", Messages.checkDeadlinesUsage);
		Options.required(casesArg, "--cases", Messages.checkDeadlinesUsage);
		Options.required(eventsArg, "--events", Messages.checkDeadlinesUsage);
		Options.required(asOfArg, "--as-of", Messages.checkDeadlinesUsage);
		format = format == null ? "csv" : format;
		if (!format.equals("csv") && !format.equals("json")) {
			throw new UsageException(NLS.bind(Messages.badFormat, format));
		}
		LocalDateTime asOf = asOf(asOfArg);
		Path cases = InputFile.of(casesArg);
		Path events = InputFile.of(eventsArg);

		Concept concept = ConceptArgument.load(conceptArg, err).orElse(null);
		if (concept == null) {
			return Cli.INPUT_ERRORS;
		}
		List<Rule> rules = ConceptRules.of(concept);
		List<Case> population;
		try {
			population = CaseFiles.read(cases, events, ConceptEvents.of(concept));
		} catch (CaseFileException e) {
			for (Problem problem : e.problems()) {
				err.println(problem);
			}
			err.println(NLS.bind(Messages.caseFilesRefused, Text.count(e.problems().size(), Messages.problems)));
			return Cli.INPUT_ERRORS;
		}
		List<CaseFacts> facts = new ArrayList<>(population.size());
		population.forEach(c -> facts.add(ConceptRules.facts(c)));
		Deadlines engine = new Deadlines();
		Locale locale = Locale.getDefault();
		try {
			Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
			if (summary) {
				writeSummary(w, engine.summarize(rules, facts, asOf), format);
			} else {
				writeVerdicts(w, engine, rules, facts, asOf, format, locale);
			}
			w.flush();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		err.println(NLS.bind(Messages.checkDeadlinesDone, new Object[] { Text.count(facts.size(), Messages.cases),
				Text.count(rules.size(), Messages.deadlineRules), asOfText(asOf) }));
		return Cli.OK;
	}

	/** A date means the end of that day; a date-time is taken as written (local time). */
	static LocalDateTime asOf(String text) {
		try {
			return text.contains("T") ? LocalDateTime.parse(text)
					: LocalDate.parse(text).atTime(Verdict.END_OF_DAY);
		} catch (DateTimeParseException e) {
			throw new UsageException(NLS.bind(Messages.badAsOf, text));
		}
	}

	private static String asOfText(LocalDateTime asOf) {
		return asOf.toLocalTime().equals(Verdict.END_OF_DAY) ? asOf.toLocalDate().toString()
				: asOf.toLocalDate() + " " + asOf.toLocalTime().withSecond(0).withNano(0);
	}

	private static void writeVerdicts(Writer w, Deadlines engine, List<Rule> rules, List<CaseFacts> cases,
			LocalDateTime asOf, String format, Locale locale) throws IOException {
		TableOutput rows = TableOutput.of(format, w, "case_id", "rule", "law", "due", "verdict", "derivation");
		for (CaseFacts c : cases) {
			for (Rule rule : rules) {
				Verdict v = engine.evaluate(rule, c, asOf);
				// case ids are imported text, rule ids, laws and derivations the concept's words
				rows.text(v.caseId()).text(v.ruleId()).text(v.law() == null ? "" : v.law() + " " + v.section())
						.value(v.dueText()).value(v.kind().id()).text(v.derivation(locale)).endRow();
			}
		}
		rows.end();
	}

	private static void writeSummary(Writer w, Summary summary, String format) throws IOException {
		TableOutput rows = TableOutput.of(format, w, "rule", "unit", "met", "missed", "not_yet_due", "not_evaluable",
				"not_applicable", "share_met");
		for (Summary.Row row : summary.rows()) {
			double share = row.shareMet();
			// the share with four decimals, as a number in JSON
			rows.text(row.rule()).text(row.unit()).value(row.met()).value(row.missed()).value(row.notYetDue())
					.value(row.notEvaluable()).value(row.notApplicable())
					.value(Double.isNaN(share) ? null : new BigDecimal(String.format(Locale.ROOT, "%.4f", share))).endRow();
		}
		rows.end();
	}
}
