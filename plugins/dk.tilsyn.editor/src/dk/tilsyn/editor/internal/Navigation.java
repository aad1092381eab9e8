package dk.tilsyn.editor.internal;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Path;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;

/** Where a reference leads, and going there. */
public final class Navigation {

	/** A declaration: its file, the region of its name, the name and what kind of element it is. */
	public record Target(URI uri, int offset, int length, String name, String kind) {
		public Target(URI uri, int offset, int length, String name) {
			this(uri, offset, length, name, null);
		}
	}

	private Navigation() {
	}

	/** The leaf of a cross-reference at (or just before) the offset, or null. */
	public static INode referenceNodeAt(XtextResource resource, int offset) {
		if (resource.getParseResult() == null) {
			return null;
		}
		for (int at : new int[] { offset, offset - 1 }) {
			ILeafNode leaf = at < 0 ? null : NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), at);
			if (leaf != null && !leaf.isHidden() && GrammarUtil.containingCrossReference(leaf.getGrammarElement()) != null) {
				return leaf;
			}
		}
		return null;
	}

	/** The declaration a reference at the offset resolves to, or null. */
	public static Target declarationOf(XtextResource resource, int offset) {
		INode node = referenceNodeAt(resource, offset);
		if (node == null) {
			return null;
		}
		EObject target = resource.getResourceServiceProvider().get(EObjectAtOffsetHelper.class)
				.resolveCrossReferencedElementAt(resource, node.getOffset());
		return target == null || target.eIsProxy() ? null : targetOf(target);
	}

	/**
	 * The element a rename or a search for references is about: the one referenced at the
	 * offset, or the one whose name the offset is in.
	 */
	public static EObject elementAt(XtextResource resource, int offset) {
		INode node = referenceNodeAt(resource, offset);
		EObjectAtOffsetHelper helper = resource.getResourceServiceProvider().get(EObjectAtOffsetHelper.class);
		if (node != null) {
			EObject target = helper.resolveCrossReferencedElementAt(resource, node.getOffset());
			return target == null || target.eIsProxy() ? null : target;
		}
		for (int at : new int[] { offset, offset - 1 }) {
			EObject element = at < 0 ? null : helper.resolveContainedElementAt(resource, at);
			ITextRegion name = element == null ? null
					: resource.getResourceServiceProvider().get(ILocationInFileProvider.class).getSignificantTextRegion(element);
			if (name != null && name.getOffset() <= offset && offset <= name.getOffset() + name.getLength()
					&& nameOf(element) != null) {
				return element;
			}
		}
		return null;
	}

	public static Target targetOf(EObject target) {
		ITextRegion region = ((XtextResource) target.eResource()).getResourceServiceProvider()
				.get(ILocationInFileProvider.class).getSignificantTextRegion(target);
		return new Target(EcoreUtil.getURI(target).trimFragment(), region.getOffset(), region.getLength(), nameOf(target),
				target.eClass().getName());
	}

	public static String nameOf(EObject element) {
		var feature = element.eClass().getEStructuralFeature("name");
		Object name = feature == null ? null : element.eGet(feature);
		return name instanceof String s ? s : null;
	}

	/** The workspace file of a platform:/resource URI, or null. */
	public static IFile file(URI uri) {
		if (!uri.isPlatformResource()) {
			return null;
		}
		return ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(uri.toPlatformString(true)));
	}

	/**
	 * Where the declaration is in the editor's text: the target was found in the saved file, and
	 * an editor with unsaved changes may have it elsewhere (found again by kind and name).
	 */
	private static ITextRegion inEditor(ITextEditor editor, Target target) {
		var document = dk.tilsyn.editor.XtextDocument
				.of(editor.getDocumentProvider().getDocument(editor.getEditorInput())).orElse(null);
		if (document == null || target.name() == null || target.kind() == null
				|| !editor.isDirty()) {
			return new org.eclipse.xtext.util.TextRegion(target.offset(), target.length());
		}
		XtextResource resource = document.current().resource();
		for (var all = resource.getAllContents(); all.hasNext();) {
			EObject element = all.next();
			if (element.eClass().getName().equals(target.kind()) && target.name().equals(nameOf(element))) {
				return resource.getResourceServiceProvider().get(ILocationInFileProvider.class)
						.getSignificantTextRegion(element);
			}
		}
		return new org.eclipse.xtext.util.TextRegion(target.offset(), target.length());
	}

	/** Opens the declaration's file in an editor and selects its name. */
	public static void open(Target target) {
		IFile file = file(target.uri());
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		if (file == null || page == null) {
			return;
		}
		try {
			IEditorPart editor = IDE.openEditor(page, file);
			if (editor instanceof ITextEditor text) {
				ITextRegion region = inEditor(text, target);
				text.selectAndReveal(region.getOffset(), region.getLength());
			}
		} catch (PartInitException e) {
			org.eclipse.core.runtime.ILog.of(Navigation.class).error("Cannot open " + file.getFullPath(), e);
		}
	}
}
