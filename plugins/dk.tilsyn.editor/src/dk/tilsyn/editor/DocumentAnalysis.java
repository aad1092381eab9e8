package dk.tilsyn.editor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

/**
 * What the editor learns from one state of a document: its parsed and linked resource, the
 * validator's issues and the semantic highlighting. Each analysis reads the text into a fresh
 * resource set; files the text imports are loaded from where they are.
 */
public record DocumentAnalysis(XtextLanguage language, String text, XtextResource resource, List<Issue> issues,
		List<HighlightedRange> semanticHighlighting) {

	/** Parses, links and validates the text, and computes its semantic highlighting. */
	public static DocumentAnalysis analyze(XtextLanguage language, URI uri, String text, CancelIndicator cancel) {
		XtextResource resource = parse(language, uri, text);
		List<Issue> issues = language.get(IResourceValidator.class).validate(resource, CheckMode.ALL, cancel);
		// everything resolved now (imports included), so that the editor's threads (hover, outline,
		// preview) only read the model and never load or link concurrently
		EcoreUtil.resolveAll(resource.getResourceSet());
		List<HighlightedRange> semantic = new ArrayList<>();
		language.get(ISemanticHighlightingCalculator.class).provideHighlightingFor(resource,
				(offset, length, ids) -> {
					if (ids.length > 0) {
						semantic.add(new HighlightedRange(offset, length, ids[ids.length - 1]));
					}
				}, cancel);
		return new DocumentAnalysis(language, text, resource, List.copyOf(issues), List.copyOf(semantic));
	}

	/** Only parses (and links lazily): what content assist, hovers and navigation need. */
	public static DocumentAnalysis parseOnly(XtextLanguage language, URI uri, String text) {
		return new DocumentAnalysis(language, text, parse(language, uri, text), List.of(), List.of());
	}

	public static XtextResource parse(XtextLanguage language, URI uri, String text) {
		return parse(language, language.get(XtextResourceSet.class), uri, text);
	}

	/** Parses the text as the resource {@code uri} of a resource set that holds other files too. */
	public static XtextResource parse(XtextLanguage language, ResourceSet set, URI uri, String text) {
		XtextResource resource = (XtextResource) language.get(IResourceFactory.class).createResource(uri);
		set.getResources().add(resource);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		} catch (IOException e) {
			throw new UncheckedIOException(e); // reading from memory
		}
		return resource;
	}

	/** The Xtext IDE services' view of the same text (line/column arithmetic for LSP types). */
	public org.eclipse.xtext.ide.server.Document document() {
		return new org.eclipse.xtext.ide.server.Document(1, text);
	}
}
