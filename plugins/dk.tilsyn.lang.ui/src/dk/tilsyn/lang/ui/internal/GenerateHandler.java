package dk.tilsyn.lang.ui.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.util.CancelIndicator;

import dk.tilsyn.editor.DocumentAnalysis;
import dk.tilsyn.editor.WorkspaceTexts;
import dk.tilsyn.editor.XtextDocument;
import dk.tilsyn.lang.generator.ConceptNames;
import dk.tilsyn.lang.generator.ConceptPlugin;
import dk.tilsyn.model.concept.Concept;
import dk.tilsyn.lang.ui.ConceptEditors;

/**
 * "Generate concept plugin": the concept of the active editor, checked, generated as a concept
 * plugin into the project's {@code generated/} folder (what {@code tilsyn generate} writes).
 * Nothing is written when the concept has errors.
 */
public class GenerateHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Shell shell = HandlerUtil.getActiveShell(event);
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		XtextDocument document = ConceptEditors.document(editor).orElse(null);
		if (document == null || document.file() == null) {
			MessageDialog.openInformation(shell, Messages.generateTitle, Messages.generateNoEditor);
			return null;
		}
		if (editor.isDirty()) {
			if (!MessageDialog.openQuestion(shell, Messages.generateTitle,
					NLS.bind(Messages.generateSaveFirst, document.file().getName()))) {
				return null;
			}
			editor.doSave(null);
			if (editor.isDirty()) {
				return null; // not saved (the editor said why): nothing generated from an older text
			}
		}
		try {
			IFolder folder = generate(document);
			MessageDialog.openInformation(shell, Messages.generateTitle,
					NLS.bind(Messages.generateDone, folder.getName(), folder.getFullPath()));
			return folder;
		} catch (CoreException e) {
			MessageDialog.openError(shell, Messages.generateTitle, e.getStatus().getMessage());
			return null;
		}
	}

	/**
	 * Generates the concept plugin of the document's file (as saved) into
	 * {@code <project>/generated/<bundle>}; the exception's message says why nothing was written.
	 */
	public static IFolder generate(XtextDocument document) throws CoreException {
		IFile file = document.file();
		String text = WorkspaceTexts.saved(file);
		DocumentAnalysis analysis = DocumentAnalysis.analyze(document.language(), document.uri(), text,
				CancelIndicator.NullImpl);
		long errors = analysis.issues().stream().filter(i -> i.getSeverity() == Severity.ERROR).count();
		if (errors > 0) {
			throw new CoreException(Status.error(NLS.bind(Messages.generateErrors, file.getName(), errors)));
		}
		Concept concept = (Concept) analysis.resource().getContents().get(0);
		if (concept.isLibrary()) {
			throw new CoreException(Status.error(NLS.bind(Messages.generateLibrary, concept.getName())));
		}
		Map<String, String> sources = new LinkedHashMap<>();
		for (Resource resource : analysis.resource().getResourceSet().getResources()) {
			IFile source = resource == analysis.resource() ? file
					: resource.getURI().isPlatformResource()
							? file.getWorkspace().getRoot().getFile(new org.eclipse.core.runtime.Path(resource.getURI().toPlatformString(true)))
							: null;
			if (source != null && source.exists()) {
				sources.put(source.getName(), resource == analysis.resource() ? text : WorkspaceTexts.saved(source));
			}
		}
		ConceptNames names = new ConceptNames(concept.getName());
		IFolder generated = file.getProject().getFolder("generated");
		IFolder folder = generated.getFolder(names.bundleName());
		try {
			ConceptPlugin.write(analysis.resource(), sources, folder.getLocation().toPath());
		} catch (IOException | RuntimeException e) {
			throw new CoreException(Status.error(NLS.bind(Messages.generateFailed, folder.getFullPath(), e.getMessage()), e));
		}
		generated.refreshLocal(IResource.DEPTH_INFINITE, null);
		generated.setDerived(true, null);
		return folder;
	}
}
