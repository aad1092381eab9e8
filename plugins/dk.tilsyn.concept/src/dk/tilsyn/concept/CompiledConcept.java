package dk.tilsyn.concept;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

import dk.tilsyn.deadlines.Rule;
import dk.tilsyn.model.concept.Concept;
import dk.tilsyn.model.concept.ConceptPackage;

/**
 * The base of every generated concept contribution: loads the compiled concept (XMI) that lies
 * beside the generated class, once.
 */
public abstract class CompiledConcept implements InstalledConcept {
	private final String id;
	private final String xmiFile;
	private Concept model;
	private ReviewValidator validator;
	private List<Rule> rules;

	protected CompiledConcept(String id, String xmiFile) {
		this.id = id;
		this.xmiFile = xmiFile;
	}

	@Override
	public String id() {
		return id;
	}

	@Override
	public synchronized Concept model() {
		if (model == null) {
			model = load();
		}
		return model;
	}

	@Override
	public synchronized ReviewValidator validator() {
		if (validator == null) {
			validator = createValidator();
		}
		return validator;
	}

	@Override
	public synchronized List<Rule> rules() {
		if (rules == null) {
			rules = List.copyOf(ConceptRules.of(model()));
		}
		return rules;
	}

	protected abstract ReviewValidator createValidator();

	private Concept load() {
		ConceptPackage.eINSTANCE.eClass(); // registers the concept language's package for the XMI
		XMIResourceImpl resource = new XMIResourceImpl(
				URI.createURI("concept:/" + getClass().getPackageName() + "/" + xmiFile));
		try (InputStream in = getClass().getResourceAsStream(xmiFile)) {
			if (in == null) {
				throw new IllegalStateException("The compiled concept " + xmiFile + " is missing beside "
						+ getClass().getName() + "; build the concept plugin again.");
			}
			resource.load(in, Map.of(XMLResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot read the compiled concept " + xmiFile, e);
		}
		return (Concept) resource.getContents().get(0);
	}

	@Override
	public String toString() {
		return id;
	}
}
