package dk.tilsyn.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.jface.text.IDocument;
import org.eclipse.xtext.ISetup;
import org.osgi.framework.Bundle;

/** The languages contributed to {@code dk.tilsyn.editor.languages}, found by file or document. */
public final class XtextLanguages {
	private static final String EXTENSION_POINT = "dk.tilsyn.editor.languages";
	private static List<XtextLanguage> languages;

	private XtextLanguages() {
	}

	public static synchronized List<XtextLanguage> all() {
		if (languages == null) {
			List<XtextLanguage> found = new ArrayList<>();
			for (IConfigurationElement element : Platform.getExtensionRegistry()
					.getConfigurationElementsFor(EXTENSION_POINT)) {
				try {
					found.add(read(element));
				} catch (RuntimeException e) {
					ILog.of(XtextLanguages.class).error("Language of " + element.getContributor().getName()
							+ " ignored: " + e.getMessage(), e);
				}
			}
			languages = List.copyOf(found);
		}
		return languages;
	}

	private static XtextLanguage read(IConfigurationElement element) {
		String contentTypeId = element.getAttribute("contentType");
		IContentType type = Platform.getContentTypeManager().getContentType(contentTypeId);
		if (type == null) {
			throw new IllegalArgumentException("no content type " + contentTypeId);
		}
		List<HighlightStyle> styles = new ArrayList<>();
		for (IConfigurationElement style : element.getChildren("style")) {
			String[] rgb = style.getAttribute("rgb").split(",");
			int value = (Integer.parseInt(rgb[0].trim()) << 16) | (Integer.parseInt(rgb[1].trim()) << 8)
					| Integer.parseInt(rgb[2].trim());
			styles.add(new HighlightStyle(style.getAttribute("id"), value, Boolean.parseBoolean(style.getAttribute("bold")),
					Boolean.parseBoolean(style.getAttribute("italic"))));
		}
		Bundle bundle = Platform.getBundle(element.getContributor().getName());
		String templates = element.getAttribute("templates");
		return new XtextLanguage(element.getAttribute("name"), contentTypeId,
				Set.of(type.getFileSpecs(IContentType.FILE_EXTENSION_SPEC)), () -> {
					try {
						return (ISetup) element.createExecutableExtension("setup");
					} catch (CoreException e) {
						throw new IllegalStateException(e.getMessage(), e);
					}
				}, styles, templates == null ? null : bundle.getEntry(templates));
	}

	public static Optional<XtextLanguage> forFileName(String fileName) {
		return all().stream().filter(l -> l.owns(fileName)).findFirst();
	}

	public static Optional<XtextLanguage> forFile(IFile file) {
		return file == null ? Optional.empty() : forFileName(file.getName());
	}

	/** The language of the file a document is the buffer of. */
	public static Optional<XtextLanguage> forDocument(IDocument document) {
		IPath location = location(document);
		return location == null ? Optional.empty() : forFileName(location.lastSegment());
	}

	/** The workspace path of the file a document is the buffer of, or null. */
	public static IPath location(IDocument document) {
		if (document == null) {
			return null;
		}
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		return buffer == null ? null : buffer.getLocation();
	}
}
