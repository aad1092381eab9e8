package dk.tilsyn.editor;

import java.lang.ref.WeakReference;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;

/**
 * An open document of an Xtext language: which language and file it is, and the newest
 * analysis the reconciler made of it. Services that need the model of the text as it is now
 * (content assist, hovers, navigation, formatting) take {@link #current()}, which reuses the
 * newest analysis when the text has not changed since and parses afresh otherwise.
 */
public final class XtextDocument {
	private static final Map<IDocument, XtextDocument> OPEN = new WeakHashMap<>();

	/** Weak: the map of open documents holds this object, and must not keep the document alive. */
	private final WeakReference<IDocument> document;
	private final XtextLanguage language;
	private final IFile file;
	private final URI uri;
	private volatile DocumentAnalysis latest;
	private final List<Consumer<DocumentAnalysis>> listeners = new CopyOnWriteArrayList<>();

	private XtextDocument(IDocument document, XtextLanguage language, IFile file, URI uri) {
		this.document = new WeakReference<>(document);
		this.language = language;
		this.file = file;
		this.uri = uri;
	}

	/** The document as an Xtext document, when it is the buffer of a file of a contributed language. */
	public static Optional<XtextDocument> of(IDocument document) {
		if (document == null) {
			return Optional.empty();
		}
		synchronized (OPEN) {
			XtextDocument known = OPEN.get(document);
			if (known != null) {
				return Optional.of(known);
			}
			IPath location = XtextLanguages.location(document);
			Optional<XtextLanguage> language = XtextLanguages.forDocument(document);
			if (location == null || language.isEmpty()) {
				return Optional.empty();
			}
			IFile file = file(location);
			XtextDocument created = new XtextDocument(document, language.get(), file, uri(file, location));
			OPEN.put(document, created);
			return Optional.of(created);
		}
	}

	/** The document, or null once it is gone (its editor closed and it was collected). */
	public IDocument document() {
		return document.get();
	}

	public XtextLanguage language() {
		return language;
	}

	/**
	 * The workspace file, or null for a file outside the workspace (no markers then). A file
	 * renamed or moved while open gets a new document, and with it a new XtextDocument.
	 */
	public IFile file() {
		return file;
	}

	public URI uri() {
		return uri;
	}

	/** A buffer of a workspace file is located by its full path, an external one by its file system path. */
	private static IFile file(IPath location) {
		IFile file = location.segmentCount() > 1 ? ResourcesPlugin.getWorkspace().getRoot().getFile(location) : null;
		return file != null && file.exists() ? file : FileBuffers.getWorkspaceFileAtLocation(location);
	}

	private static URI uri(IFile file, IPath location) {
		return file != null ? URI.createPlatformResourceURI(file.getFullPath().toString(), true)
				: URI.createFileURI(location.toOSString());
	}

	/** The newest full analysis, which may be of an older text; null before the first. */
	public DocumentAnalysis latest() {
		return latest;
	}

	/** An analysis of the text as it is now: the newest one if still current, else a fresh parse. */
	public DocumentAnalysis current() {
		IDocument shown = document.get();
		String text = shown == null ? "" : shown.get();
		DocumentAnalysis newest = latest;
		if (newest != null && newest.text().equals(text)) {
			return newest;
		}
		return DocumentAnalysis.parseOnly(language, uri, text);
	}

	/**
	 * Called by the reconciler; tells the listeners (the outline, the preview) in the reconciler's
	 * thread. A listener's failure is logged, and the others are still told.
	 */
	public void publish(DocumentAnalysis analysis) {
		latest = analysis;
		for (Consumer<DocumentAnalysis> listener : listeners) {
			try {
				listener.accept(analysis);
			} catch (RuntimeException e) {
				org.eclipse.core.runtime.ILog.of(XtextDocument.class).error("A listener of " + uri + " failed", e);
			}
		}
	}

	public void addListener(Consumer<DocumentAnalysis> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<DocumentAnalysis> listener) {
		listeners.remove(listener);
	}
}
