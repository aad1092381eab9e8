package dk.tilsyn.lang.generator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.xtext.generator.AbstractGenerator;
import org.eclipse.xtext.generator.IFileSystemAccess2;
import org.eclipse.xtext.generator.IGeneratorContext;

import dk.tilsyn.lang.scoping.Imports;
import dk.tilsyn.model.concept.Concept;
import dk.tilsyn.model.concept.Import;
import dk.tilsyn.model.concept.Question;
import dk.tilsyn.model.concept.Stage;

/**
 * Compiles a concept into the parts of its concept plugin: the concept model as XMI (read by
 * every engine), the review-editor contribution (an OSGi service the review application finds)
 * and the validator (the questionnaire's conditions as Java). Everything else the review
 * application does is hand-written runtime code in dk.tilsyn.concept; the output here is kept
 * thin and byte-for-byte deterministic.
 */
public class TilsynGenerator extends AbstractGenerator {

	@Override
	public void doGenerate(Resource resource, IFileSystemAccess2 fsa, IGeneratorContext context) {
		for (EObject root : resource.getContents()) {
			if (root instanceof Concept concept && concept.getName() != null && !concept.isLibrary()) {
				ConceptNames names = new ConceptNames(concept.getName());
				fsa.generateFile(names.path(names.conceptClass() + ".java"), conceptClass(concept, names));
				fsa.generateFile(names.path(names.validatorClass() + ".java"), validatorClass(concept, names));
				fsa.generateFile(names.path(names.xmiFile()), xmi(concept, names));
				fsa.generateFile(names.componentFile(), component(names));
			}
		}
	}

	CharSequence conceptClass(Concept concept, ConceptNames names) {
		return """
				%s
				package %s;

				import dk.tilsyn.concept.CompiledConcept;
				import dk.tilsyn.concept.ReviewValidator;

				/** The review-editor contribution of concept "%s". */
				public final class %s extends CompiledConcept {

					public %s() {
						super("%s", "%s");
					}

					@Override
					protected ReviewValidator createValidator() {
						return new %s(this);
					}
				}
				""".formatted(header(concept), names.javaPackage(), concept.getName(), names.conceptClass(),
				names.conceptClass(), concept.getName(), names.xmiFile(), names.validatorClass());
	}

	CharSequence validatorClass(Concept concept, ConceptNames names) {
		StringBuilder cases = new StringBuilder();
		for (Stage stage : concept.getStages()) {
			for (Question question : stage.getQuestions()) {
				if (question.getCondition() != null) {
					cases.append("\t\tcase \"%s\" -> %s;\n".formatted(question.getName(),
							new ConditionCompiler().compile(question.getCondition())));
				}
			}
		}
		return """
				%s
				package %s;

				import dk.tilsyn.concept.Answers;
				import dk.tilsyn.concept.InstalledConcept;
				import dk.tilsyn.concept.ReviewValidator;
				%s
				/** The conditions of concept "%s": which questions are asked, given the answers so far. */
				public final class %s extends ReviewValidator {

					%s(InstalledConcept concept) {
						super(concept);
					}

					@Override
					public boolean isAsked(String questionId, Answers answers) {
						return switch (questionId) {
				%s		default -> true;
						};
					}
				}
				""".formatted(header(concept), names.javaPackage(), imports(cases), concept.getName(),
				names.validatorClass(), names.validatorClass(), cases);
	}

	/** Only the imports the compiled conditions use, so the output has no unused import. */
	private static String imports(CharSequence cases) {
		StringBuilder imports = new StringBuilder();
		if (cases.toString().contains("Comparison.")) {
			imports.append("import dk.tilsyn.model.concept.Comparison;\n");
		}
		if (cases.toString().contains("AnswerValue.")) {
			imports.append("import dk.tilsyn.model.AnswerValue;\n");
		}
		return imports.toString();
	}

	CharSequence component(ConceptNames names) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<scr:component xmlns:scr="http://www.osgi.org/xmlns/scr/v1.3.0" name="%s">
				   <implementation class="%s.%s"/>
				   <service>
				      <provide interface="dk.tilsyn.concept.InstalledConcept"/>
				   </service>
				</scr:component>
				""".formatted(names.javaPackage(), names.javaPackage(), names.conceptClass());
	}

	/**
	 * The concept as XMI, with the libraries it imports as further roots of the same document,
	 * so the compiled concept stands alone; detached from Xtext, so no node model is written.
	 */
	CharSequence xmi(Concept concept, ConceptNames names) {
		Set<EObject> roots = new LinkedHashSet<>();
		collect(concept, roots);
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		Collection<EObject> copies = copier.copyAll(roots);
		copier.copyReferences();
		XMIResourceImpl out = new XMIResourceImpl(URI.createURI(names.xmiFile()));
		out.getContents().addAll(copies);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			out.save(bytes, Map.of(XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_LINE_WIDTH, 100));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toString(StandardCharsets.UTF_8);
	}

	private static void collect(Concept concept, Set<EObject> roots) {
		if (!roots.add(concept)) {
			return;
		}
		for (Import imported : concept.getImports()) {
			Resource library = Imports.load(imported); // never a refused import (ImportPolicy)
			if (library != null) {
				for (EObject root : library.getContents()) {
					if (root instanceof Concept c) {
						collect(c, roots);
					}
				}
			}
		}
	}

	private static String header(Concept concept) {
		return "/*\n * Generated by Tilsyn from concept \"" + concept.getName()
				+ "\". Do not edit: change the .tilsyn file and build again.\n */";
	}
}
