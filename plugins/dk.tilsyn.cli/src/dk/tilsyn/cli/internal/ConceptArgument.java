package dk.tilsyn.cli.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

import dk.tilsyn.concept.InstalledConcepts;
import dk.tilsyn.model.concept.Concept;

/**
 * What a command's {@code --concept} names: an installed concept's id, or a concept file or a
 * folder of them, parsed, linked and checked like {@code tilsyn validate} does.
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
		ValidateCommand.Checked checked = ValidateCommand.check(List.of(arg));
		if (checked.hasErrors()) {
			for (int i = 0; i < checked.files().size(); i++) {
				for (Issue issue : checked.issues().get(i)) {
					if (issue.getSeverity() == Severity.ERROR) {
						err.println(ValidateCommand.format(checked.files().get(i), issue));
					}
				}
			}
			err.println(NLS.bind(Messages.conceptHasErrors, arg));
			return Optional.empty();
		}
		Concept chosen = null;
		for (Resource resource : checked.resources()) {
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Concept c
					&& (chosen == null || chosen.isLibrary() && !c.isLibrary())) {
				chosen = c;
			}
		}
		if (chosen == null) {
			throw new UsageException(NLS.bind(Messages.noConceptFiles, arg));
		}
		return Optional.of(chosen);
	}
}
