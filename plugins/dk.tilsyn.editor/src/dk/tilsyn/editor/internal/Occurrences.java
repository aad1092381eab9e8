package dk.tilsyn.editor.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.osgi.util.NLS;
import org.eclipse.text.edits.MultiTextEdit;
import org.eclipse.text.edits.ReplaceEdit;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.ITextRegion;

import dk.tilsyn.editor.DocumentAnalysis;
import dk.tilsyn.editor.WorkspaceTexts;
import dk.tilsyn.editor.XtextDocument;
import dk.tilsyn.editor.XtextLanguage;

/**
 * Every place an element is declared or referenced in the workspace's files of its language,
 * and renaming it in all of them. The files are read as the editors have them (unsaved changes
 * included) into one resource set, so references across imports resolve.
 */
public final class Occurrences {

	/** One place: the declaration's name or a reference, with its line for the list. */
	public record Occurrence(IFile file, int offset, int length, int line, String lineText, boolean declaration) {
	}

	/** What was found for an element: its name and every occurrence, the declaration first. */
	public record Found(String name, List<Occurrence> occurrences, Map<IFile, String> texts, java.util.Set<IFile> dirty) {
		public long files() {
			return occurrences.stream().map(Occurrence::file).distinct().count();
		}
	}

	private Occurrences() {
	}

	/** The occurrences of the element at the offset of the document, or null when there is none. */
	public static Found find(XtextDocument document, int offset) {
		XtextLanguage language = document.language();
		XtextResource here = document.current().resource();
		EObject element = Navigation.elementAt(here, offset);
		if (element == null) {
			return null;
		}
		URI elementUri = EcoreUtil.getURI(element);
		Map<IFile, String> texts = texts(language);
		if (document.file() != null) {
			texts.put(document.file(), document.document().get());
		}
		XtextResourceSet set = language.get(XtextResourceSet.class);
		Map<Resource, IFile> files = new LinkedHashMap<>();
		for (Map.Entry<IFile, String> file : texts.entrySet()) {
			files.put(DocumentAnalysis.parse(language, set,
					URI.createPlatformResourceURI(file.getKey().getFullPath().toString(), true), file.getValue()),
					file.getKey());
		}
		EcoreUtil.resolveAll(set);
		EObject target = set.getEObject(elementUri, false);
		if (target == null) {
			return null;
		}
		List<Occurrence> found = new ArrayList<>();
		IFile declarationFile = files.get(target.eResource());
		if (declarationFile != null) {
			found.add(occurrence(declarationFile, texts.get(declarationFile),
					location(target).getSignificantTextRegion(target), true));
		}
		for (Map.Entry<Resource, IFile> file : files.entrySet()) {
			List<Occurrence> inFile = new ArrayList<>();
			for (var all = file.getKey().getAllContents(); all.hasNext();) {
				EObject object = all.next();
				for (EReference reference : object.eClass().getEAllReferences()) {
					if (reference.isContainment() || reference.isContainer() || reference.isDerived()
							|| !object.eIsSet(reference)) {
						continue;
					}
					List<?> values = reference.isMany() ? (List<?>) object.eGet(reference, false)
							: List.of(object.eGet(reference, false));
					for (int i = 0; i < values.size(); i++) {
						if (values.get(i) == target) {
							ITextRegion region = location(object).getSignificantTextRegion(object, reference,
									reference.isMany() ? i : -1);
							inFile.add(occurrence(file.getValue(), texts.get(file.getValue()), region, false));
						}
					}
				}
			}
			inFile.sort(Comparator.comparingInt(Occurrence::offset));
			found.addAll(inFile);
		}
		return new Found(Navigation.nameOf(target), found, texts, dirty(texts.keySet()));
	}

	/** The files an editor has with unsaved changes: a rename leaves them unsaved too. */
	private static java.util.Set<IFile> dirty(java.util.Collection<IFile> files) {
		java.util.Set<IFile> dirty = new java.util.HashSet<>();
		for (IFile file : files) {
			ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(),
					LocationKind.IFILE);
			if (buffer != null && buffer.isDirty()) {
				dirty.add(file);
			}
		}
		return dirty;
	}

	private static ILocationInFileProvider location(EObject object) {
		return ((XtextResource) object.eResource()).getResourceServiceProvider().get(ILocationInFileProvider.class);
	}

	private static Occurrence occurrence(IFile file, String text, ITextRegion region, boolean declaration) {
		int lineStart = text.lastIndexOf('\n', Math.max(0, region.getOffset() - 1)) + 1;
		int lineEnd = text.indexOf('\n', region.getOffset());
		int line = (int) text.substring(0, region.getOffset()).chars().filter(c -> c == '\n').count() + 1;
		return new Occurrence(file, region.getOffset(), region.getLength(), line,
				text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).strip(), declaration);
	}

	/** The text of every file of the language in the workspace, as its editor has it if open. */
	private static Map<IFile, String> texts(XtextLanguage language) {
		Map<IFile, String> texts = new LinkedHashMap<>();
		try {
			ResourcesPlugin.getWorkspace().getRoot().accept(resource -> {
				if (resource instanceof IFile file && language.owns(file.getName())) {
					texts.put(file, WorkspaceTexts.current(file));
				}
				return resource.getType() != IResource.FILE && !resource.isDerived();
			});
		} catch (CoreException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
		return texts;
	}

	/** Whether the name can stand where the old one stood: a valid id of the language, unchanged by escaping. */
	public static String checkName(XtextLanguage language, String name) {
		if (name == null || name.isBlank()) {
			return Messages.renameEmpty;
		}
		return language.isId(name) && name.matches("[\\p{L}_][\\p{L}\\p{N}_]*") ? null : NLS.bind(Messages.renameInvalid, name);
	}

	/**
	 * Renames every occurrence. Each file is changed in its buffer as one edit (one undo); files
	 * that had no unsaved changes are saved, the others stay unsaved like the rest of their edits.
	 * Nothing is changed when a file changed since the occurrences were found.
	 */
	public static void rename(Found found, String newName) throws CoreException {
		ITextFileBufferManager buffers = FileBuffers.getTextFileBufferManager();
		Map<IFile, List<Occurrence>> byFile = new LinkedHashMap<>();
		found.occurrences().forEach(o -> byFile.computeIfAbsent(o.file(), f -> new ArrayList<>()).add(o));
		List<IFile> connected = new ArrayList<>();
		Map<IFile, String> edited = new LinkedHashMap<>();
		try {
			for (IFile file : byFile.keySet()) {
				file.refreshLocal(IResource.DEPTH_ZERO, null); // a file changed outside could not be saved
				buffers.connect(file.getFullPath(), LocationKind.IFILE, null);
				connected.add(file);
				IDocument document = buffers.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE).getDocument();
				if (!document.get().equals(found.texts().get(file))) {
					throw new CoreException(org.eclipse.core.runtime.Status
							.error(NLS.bind(Messages.renameChanged, file.getFullPath())));
				}
			}
			// every file edited in its buffer first; only when all edits went in are files saved
			for (Map.Entry<IFile, List<Occurrence>> file : byFile.entrySet()) {
				IDocument document = buffers.getTextFileBuffer(file.getKey().getFullPath(), LocationKind.IFILE)
						.getDocument();
				MultiTextEdit edit = new MultiTextEdit();
				for (Occurrence o : file.getValue()) {
					edit.addChild(new ReplaceEdit(o.offset(), o.length(), newName));
				}
				String before = document.get();
				try {
					edit.apply(document);
				} catch (BadLocationException e) {
					throw new CoreException(org.eclipse.core.runtime.Status.error(e.getMessage(), e));
				}
				edited.put(file.getKey(), before);
			}
			for (IFile file : edited.keySet()) {
				ITextFileBuffer buffer = buffers.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
				if (!found.dirty().contains(file)) {
					buffer.commit(null, false);
				}
			}
		} catch (CoreException | RuntimeException e) {
			edited.forEach((file, before) -> {
				ITextFileBuffer buffer = buffers.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
				if (buffer != null && !buffer.getDocument().get().equals(before)) {
					buffer.getDocument().set(before); // no half-renamed workspace
				}
			});
			throw e;
		} finally {
			for (IFile file : connected) {
				buffers.disconnect(file.getFullPath(), LocationKind.IFILE, null);
			}
		}
	}
}
