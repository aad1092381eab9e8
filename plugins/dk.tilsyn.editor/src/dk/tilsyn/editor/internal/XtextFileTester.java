package dk.tilsyn.editor.internal;

import org.eclipse.core.expressions.PropertyTester;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;

import dk.tilsyn.editor.XtextLanguages;

/** {@code dk.tilsyn.editor.isXtextFile}: an editor input that is a file of a contributed language. */
public class XtextFileTester extends PropertyTester {

	@Override
	public boolean test(Object receiver, String property, Object[] args, Object expectedValue) {
		IFile file = Adapters.adapt(receiver, IFile.class);
		return file != null && XtextLanguages.forFile(file).isPresent();
	}
}
