package dk.tilsyn.cli.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import dk.tilsyn.concept.InstalledConcepts;
import dk.tilsyn.lang.ConceptFiles;
import dk.tilsyn.model.concept.Concept;

/**
 * What a command's {@code --concept} names: an installed concept's id, or a concept file or a
 * folder of them, parsed, linked and checked by {@link ConceptFiles} like {@code tilsyn validate} does.
 */
final class ConceptArgument {
	private ConceptArgument() {
	}

	/**
	 * The concept (among files, the one that is not a library, else the first library), or
	 * empty when the files have errors, which are printed on {@code err}.
	 */
	static Optional<Concept> load(String arg, PrintStream err) {
		if (!Files.exists(Path.of(arg))) {
			return Optional.of(InstalledConcepts.byId(arg)
					.orElseThrow(() -> new UsageException(
							NLS.bind(Messages.noSuchConceptOrFile, arg, InstalledConcepts.all())))
					.model());
		}
		ConceptFiles.Checked checked = ConceptFiles.check(List.of(arg));
		if (checked.hasErrors()) {
			checked.lines(true).forEach(err::println);
			err.println(NLS.bind(Messages.conceptHasErrors, arg));
			return Optional.empty();
		}
		Concept chosen = checked.concept().orElse(null);
		if (chosen == null) {
			throw new UsageException(NLS.bind(Messages.noConceptFiles, arg));
		}
		return Optional.of(chosen);
	}
}
