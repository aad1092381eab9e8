package dk.tilsyn.editor.internal;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.texteditor.ITextEditor;

import dk.tilsyn.editor.XtextDocument;

/** Rename (Alt+Shift+R): an id and every reference to it, in all files of the language. */
public class RenameHandler extends EditorHandler {

	@Override
	void execute(ITextEditor editor, XtextDocument document, int offset) {
		var shell = editor.getSite().getShell();
		Occurrences.Found found = Occurrences.find(document, offset);
		if (found == null || found.name() == null) {
			MessageDialog.openInformation(shell, Messages.renameTitle, Messages.renameNothing);
			return;
		}
		InputDialog dialog = new InputDialog(shell, Messages.renameTitle,
				NLS.bind(Messages.renamePrompt, new Object[] { found.name(), found.occurrences().size(), found.files() }),
				found.name(), name -> name.equals(found.name()) ? "" : Occurrences.checkName(document.language(), name));
		if (dialog.open() != Window.OK || dialog.getValue().equals(found.name())) {
			return;
		}
		try {
			Occurrences.rename(found, dialog.getValue());
		} catch (CoreException e) {
			MessageDialog.openError(shell, Messages.renameTitle, e.getStatus().getMessage());
		}
	}
}
