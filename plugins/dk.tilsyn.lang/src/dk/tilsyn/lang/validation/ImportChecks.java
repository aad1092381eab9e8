package dk.tilsyn.lang.validation;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.EValidatorRegistrar;

import dk.tilsyn.lang.scoping.ImportPolicy;
import dk.tilsyn.lang.scoping.Imports;
import dk.tilsyn.model.concept.Concept;
import dk.tilsyn.model.concept.Import;
import dk.tilsyn.model.concept.ConceptPackage;

/**
 * An imported file is a local concept file that exists, is text, holds a concept and has no errors
 * of its own. Part of {@link TilsynValidator}.
 */
public class ImportChecks extends AbstractDeclarativeValidator {
	private static final ConceptPackage P = ConceptPackage.eINSTANCE;

	/** Run by {@link TilsynValidator}, not registered on its own (else every issue came twice). */
	@Override
	public void register(EValidatorRegistrar registrar) {
	}

	@Check
	public void checkImportIsALocalConceptFile(Import anImport) {
		String path = anImport.getImportURI();
		ImportPolicy.Refusal refusal = ImportPolicy.refusal(path);
		if (refusal != null) {
			error(NLS.bind(refusalMessage(refusal), path), anImport, P.getImport_ImportURI(), IssueCodes.IMPORT_REFUSED);
		}
	}

	/** Why a path is not imported (or not read as the previous version), for the error message. */
	static String refusalMessage(ImportPolicy.Refusal refusal) {
		return switch (refusal) {
		case URL -> Messages.importRefusedUrl;
		case OUTSIDE -> Messages.importRefusedOutside;
		case NOT_TILSYN -> Messages.importRefusedNotTilsyn;
		};
	}

	/** Judged by the file's attributes only: a pipe or a device is never opened. */
	@Check(CheckType.NORMAL)
	public void checkImportedFileExists(Import anImport) {
		String path = anImport.getImportURI();
		if (ImportPolicy.refusal(path) != null || ImportPolicy.isLoaded(anImport.eResource(), path)) {
			return;
		}
		String message = switch (ImportPolicy.fileStatus(anImport.eResource(), path)) {
		case MISSING -> Messages.importNotFound;
		case NOT_A_FILE -> Messages.importNotAFile;
		case OUTSIDE -> Messages.importRefusedOutside;
		case TOO_LARGE -> NLS.bind(Messages.importTooLarge, "{0}", ImportPolicy.MAX_FILE_SIZE / (1024 * 1024));
		case OK, UNKNOWN -> null;
		};
		if (message != null) {
			error(NLS.bind(message, path), anImport, P.getImport_ImportURI(), IssueCodes.IMPORT_NOT_FOUND);
		}
	}

	@Check(CheckType.NORMAL)
	public void checkImportedFileIsAConcept(Import anImport) {
		String path = anImport.getImportURI();
		if (!ImportPolicy.allows(anImport.eResource(), path)) {
			return;
		}
		String why = null;
		Path file = ImportPolicy.file(ImportPolicy.resolve(anImport.eResource(), path));
		if (file != null) {
			try {
				byte[] bytes = Files.readAllBytes(file); // a regular file of a bounded size (ImportPolicy)
				if (bytes.length == 0 || new String(bytes, StandardCharsets.UTF_8).isBlank()) {
					why = Messages.importEmpty;
				} else if (!isText(bytes)) {
					why = Messages.importBinary;
				}
			} catch (IOException e) {
				return; // gone since: the existence check says so
			}
		}
		Resource resource = why == null ? Imports.load(anImport) : null;
		if (why == null && resource != null
				&& (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Concept))) {
			why = Messages.importNoConcept;
		}
		if (why != null) {
			error(NLS.bind(Messages.importNotAConcept, path, why), anImport, P.getImport_ImportURI(),
					IssueCodes.IMPORT_NOT_A_CONCEPT);
		}
	}

	private static boolean isText(byte[] bytes) {
		for (byte b : bytes) {
			if (b == 0) {
				return false;
			}
		}
		try {
			StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
			return true;
		} catch (CharacterCodingException e) {
			return false;
		}
	}

	/**
	 * A concept checked on its own says that a library it imports is broken (syntax or
	 * reference errors), so it is not used as if it were whole; the library's own check says where.
	 */
	@Check(CheckType.NORMAL)
	public void checkImportedFileHasNoErrors(Import anImport) {
		Resource resource = Imports.load(anImport);
		if (resource == null || resource == anImport.eResource() || resource.getContents().isEmpty()
				|| !(resource.getContents().get(0) instanceof Concept)) {
			return;
		}
		EcoreUtil2.resolveLazyCrossReferences(resource, CancelIndicator.NullImpl);
		List<Resource.Diagnostic> errors = resource.getErrors();
		if (!errors.isEmpty()) {
			Resource.Diagnostic first = errors.get(0);
			error(NLS.bind(Messages.importedFileHasErrors,
					new Object[] { anImport.getImportURI(), errors.size(), first.getLine(), first.getMessage() }),
					anImport, P.getImport_ImportURI(), IssueCodes.IMPORTED_FILE_HAS_ERRORS);
		}
	}
}
