package dk.tilsyn.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.resource.XtextResource;

import dk.tilsyn.lang.ConceptFiles;
import dk.tilsyn.lang.generator.ConceptNames;
import dk.tilsyn.lang.generator.ConceptPlugin;
import dk.tilsyn.model.concept.Concept;

/**
 * {@code tilsyn generate CONCEPT_DIR --out DIR}: writes a complete concept plugin (manifest,
 * build properties, the concept sources and everything generated from them) that the review
 * application installs like dk.tilsyn.concept.kk2018. Nothing is written when the concept has
 * errors, and the output folder appears whole or not at all; a folder that is neither new, empty
 * nor an earlier output of this command is refused ({@link OutputFolder}).
 */
final class GenerateCommand {
	private final PrintStream err;

	GenerateCommand(PrintStream err) {
		this.err = err;
	}

	int run(List<String> args) {
		String out = Options.take(args, "--out");
		Options.noMoreOptions(args);
		if (args.size() != 1) {
			throw UsageException.usage(Messages.generateUsage);
		}
		Options.required(out, "--out", Messages.generateUsage);
		// checked before the work; the plugin's files go into the staging folder
		try (OutputFolder folder = OutputFolder.prepare(Path.of(out), "generate", Set.of(), Set.of())) {
			ConceptFiles.Checked checked = ConceptFiles.check(args);
			if (checked.hasErrors()) {
				checked.lines(false).forEach(err::println);
				err.println(NLS.bind(Messages.notGenerated, args.get(0)));
				return Cli.INPUT_ERRORS;
			}
			Concept concept = null;
			for (Concept c : checked.concepts()) {
				if (!c.isLibrary()) {
					if (concept != null) {
						throw new UsageException(NLS.bind(Messages.oneConceptPerPlugin, concept.getName(), c.getName()));
					}
					concept = c;
				}
			}
			if (concept == null) {
				throw new UsageException(NLS.bind(Messages.noConceptToGenerate, args.get(0)));
			}
			try {
				ConceptPlugin.writeFiles((XtextResource) concept.eResource(), ConceptPlugin.sources(checked.files()),
						folder.staging());
			} catch (IOException e) {
				throw new UsageException(NLS.bind(Messages.cannotWriteFolder, out, OutputFolder.reason(e)));
			}
			folder.commit();
			err.println(NLS.bind(Messages.generated, names(concept), folder.target()));
		}
		return Cli.OK;
	}

	private static String names(Concept concept) {
		return new ConceptNames(concept.getName()).bundleName();
	}
}
