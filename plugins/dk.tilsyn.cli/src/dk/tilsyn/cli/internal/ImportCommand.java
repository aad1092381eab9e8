package dk.tilsyn.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import dk.tilsyn.io.CaseFileException;
import dk.tilsyn.io.CaseFiles;
import dk.tilsyn.io.Problem;
import dk.tilsyn.model.concept.Concept;
import dk.tilsyn.model.Case;
import dk.tilsyn.store.ImportResult;
import dk.tilsyn.store.ReviewStore;

/**
 * {@code tilsyn import --concept C --cases F [--events F] [--mapping F] [--store URL]}: reads
 * and checks the case files (CSV, or one XLSX workbook) against the events the concept and its
 * libraries declare (docs/CASE-DATA.md), then stores all of it or nothing.
 */
final class ImportCommand {
	private final PrintStream err;

	ImportCommand(PrintStream err) {
		this.err = err;
	}

	int run(List<String> args) {
		String concept = Options.take(args, "--concept");
		String cases = Options.take(args, "--cases");
		String events = Options.take(args, "--events");
		String mapping = Options.take(args, "--mapping");
		String store = Options.take(args, "--store");
		Options.noMoreOptions(args);
		if (!args.isEmpty()) {
			throw UsageException.usage(Messages.importUsage);
		}
		Options.required(concept, "--concept", Messages.importUsage);
		Options.required(cases, "--cases", Messages.importUsage);
		Path casesFile = InputFile.of(cases);
		Path eventsFile = events == null ? null : InputFile.of(events);
		if (eventsFile == null && !cases.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
			throw new UsageException(Messages.importNeedsEvents);
		}
		Path mappingFile = mapping == null ? null : InputFile.of(mapping);
		Concept loaded = ConceptArgument.load(concept, err).orElse(null);
		if (loaded == null) {
			return Cli.INPUT_ERRORS; // the concept's errors are printed
		}
		List<Case> read;
		try {
			read = CaseFiles.read(casesFile, eventsFile, mappingFile, ConceptEvents.of(loaded));
		} catch (CaseFileException e) {
			for (Problem problem : e.problems()) {
				err.println(problem);
			}
			err.println(NLS.bind(Messages.importRefused, Text.count(e.problems().size(), Messages.problems)));
			return Cli.INPUT_ERRORS;
		}
		long events1 = read.stream().mapToLong(c -> c.getEvents().size()).sum();
		try (ReviewStore opened = ReviewStore.open(store)) {
			ImportResult result = opened.importCases(read);
			err.println(NLS.bind(Messages.importDone, new Object[] { Text.count(read.size(), Messages.cases),
					Text.count(events1, Messages.events), Text.count(result.newCases(), Messages.newCases),
					Text.count(result.changedCases(), Messages.changedCases),
					Text.count(result.newEvents(), Messages.newEvents), opened.location() }));
		}
		return Cli.OK;
	}
}
