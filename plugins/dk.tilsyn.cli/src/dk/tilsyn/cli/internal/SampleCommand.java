package dk.tilsyn.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import dk.tilsyn.io.CaseFileException;
import dk.tilsyn.io.CaseFiles;
import dk.tilsyn.io.Problem;
import dk.tilsyn.model.concept.Concept;
import dk.tilsyn.model.Case;
import dk.tilsyn.rounds.RoundRequest;
import dk.tilsyn.rounds.Rounds;
import dk.tilsyn.sampling.AuditText;
import dk.tilsyn.sampling.Sample;
import dk.tilsyn.sampling.SamplingException;
import dk.tilsyn.sampling.concept.ConceptSampling;
import dk.tilsyn.store.ReviewStore;

/**
 * {@code tilsyn sample --concept C --model M --round R --from D --to D [--seed S] --cases F
 * --events F [--format csv|json] [--audit FILE]}: the sample of every level on stdout, one row
 * per unit {@code level,stratum,case_id,stage,rank}; the audit record in words on stderr and,
 * with {@code --audit}, as JSON to FILE. Without a seed, a random 128-bit one is generated and
 * printed with the audit record.
 */
final class SampleCommand {
	private final PrintStream out;
	private final PrintStream err;

	SampleCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	int run(List<String> args) {
		String conceptArg = Options.take(args, "--concept");
		String modelName = Options.take(args, "--model");
		String round = Options.take(args, "--round");
		String fromArg = Options.take(args, "--from");
		String toArg = Options.take(args, "--to");
		String seed = Options.take(args, "--seed");
		String casesArg = Options.take(args, "--cases");
		String eventsArg = Options.take(args, "--events");
		String format = Options.take(args, "--format");
		String auditFile = Options.take(args, "--audit");
		String storeUrl = Options.take(args, "--store");
		Options.noMoreOptions(args);
		if (!args.isEmpty()) {
			throw UsageException.usage(Messages.sampleUsage);
		}
		Options.required(conceptArg, "--concept", Messages.sampleUsage);
		Options.required(modelName, "--model", Messages.sampleUsage);
		Options.required(round, "--round", Messages.sampleUsage);
		LocalDate from = date(Options.required(fromArg, "--from", Messages.sampleUsage), "--from");
		LocalDate to = date(Options.required(toArg, "--to", Messages.sampleUsage), "--to");
		Options.required(casesArg, "--cases", Messages.sampleUsage);
		Options.required(eventsArg, "--events", Messages.sampleUsage);
		if (format == null) {
			format = "csv";
		} else if (!format.equals("csv") && !format.equals("json")) {
			throw new UsageException(NLS.bind(Messages.badFormat, format));
		}
		if (from.isAfter(to)) {
			throw new UsageException(NLS.bind(Messages.periodBackwards, from, to));
		}
		if (round.isBlank() || seed != null && seed.isBlank()) {
			throw UsageException.usage(Messages.sampleUsage);
		}

		Path casesFile = InputFile.of(casesArg);
		Path eventsFile = InputFile.of(eventsArg);
		// every output is checked before anything is stored: a round kept in the store cannot be drawn again
		try (OutputFile audit = auditFile == null ? null
				: OutputFile.prepare(auditFile, "--audit", List.of(casesFile, eventsFile, Path.of(conceptArg)),
						OutputFile.jsonStartingWith("model", null, "concept", null, "algorithm", null))) {
			return draw(conceptArg, modelName, round, from, to, seed, casesFile, eventsFile, format, audit, storeUrl);
		}
	}

	private int draw(String conceptArg, String modelName, String round, LocalDate from, LocalDate to, String seed,
			Path casesFile, Path eventsFile, String format, OutputFile audit, String storeUrl) {
		Optional<Concept> loaded = ConceptArgument.load(conceptArg, err);
		if (loaded.isEmpty()) {
			return Cli.INPUT_ERRORS; // diagnostics printed
		}
		Concept concept = loaded.get();
		if (ConceptSampling.model(concept, modelName).isEmpty()) {
			err.println(NLS.bind(Messages.noSuchModel,
					new Object[] { concept.getName(), modelName, ConceptSampling.modelNames(concept) }));
			return Cli.INPUT_ERRORS;
		}
		List<Case> cases;
		try {
			cases = CaseFiles.read(casesFile, eventsFile, ConceptEvents.of(concept));
		} catch (CaseFileException e) {
			for (Problem problem : e.problems()) {
				err.println(problem);
			}
			err.println(NLS.bind(Messages.sampleRefused, Text.count(e.problems().size(), Messages.problems)));
			return Cli.INPUT_ERRORS;
		}
		Sample sample;
		try {
			sample = Rounds.draw(new RoundRequest(concept, modelName, round, from, to, seed), cases);
		} catch (SamplingException e) {
			err.println(e.getMessage());
			return Cli.INPUT_ERRORS;
		}
		if (audit != null) {
			audit.write(sample.audit().toJson());
		}
		if (storeUrl != null) {
			store(sample, storeUrl);
		}
		if (audit != null) {
			audit.commit();
		}
		out.print(format.equals("json") ? sample.toJson() : sample.toCsv());
		out.flush();
		AuditText.of(sample.audit()).lines().forEach(err::println);
		if (audit != null) {
			err.println(NLS.bind(Messages.auditWritten, audit.target()));
		}
		return Cli.OK;
	}

	/** Keeps the round in the store ({@link Rounds#keep}); a round that is already there is refused by the store. */
	private void store(Sample sample, String url) {
		try (ReviewStore store = ReviewStore.open(url)) {
			new Rounds(store).keep(sample);
			err.println(NLS.bind(Messages.sampleStored, sample.audit().round(), store.location()));
		}
	}

	private static LocalDate date(String value, String name) {
		try {
			return LocalDate.parse(value);
		} catch (DateTimeParseException e) {
			throw new UsageException(NLS.bind(Messages.badDate, name, value));
		}
	}
}
