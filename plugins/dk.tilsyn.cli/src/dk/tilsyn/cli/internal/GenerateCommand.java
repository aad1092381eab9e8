package dk.tilsyn.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;

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
			ValidateCommand.Checked checked = ValidateCommand.check(args);
			if (checked.hasErrors()) {
				for (int i = 0; i < checked.files().size(); i++) {
					for (Issue issue : checked.issues().get(i)) {
						err.println(ValidateCommand.format(checked.files().get(i), issue));
					}
				}
				err.println(NLS.bind(Messages.notGenerated, args.get(0)));
				return Cli.INPUT_ERRORS;
			}
			XtextResource conceptResource = null;
			for (Resource resource : checked.resources()) {
				if (resource.getContents().get(0) instanceof Concept c && !c.isLibrary()) {
					if (conceptResource != null) {
						throw new UsageException(NLS.bind(Messages.oneConceptPerPlugin,
								((Concept) conceptResource.getContents().get(0)).getName(), c.getName()));
					}
					conceptResource = (XtextResource) resource;
				}
			}
			if (conceptResource == null) {
				throw new UsageException(NLS.bind(Messages.noConceptToGenerate, args.get(0)));
			}
			Concept concept = (Concept) conceptResource.getContents().get(0);
			try {
				Map<String, String> sources = new LinkedHashMap<>();
				for (Path source : checked.files()) {
					sources.put(source.getFileName().toString(), Files.readString(source, StandardCharsets.UTF_8));
				}
				ConceptPlugin.writeFiles(conceptResource, sources, folder.staging());
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
