package dk.tilsyn.studio.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * What a lawyer writing a concept needs at once: the concepts (project explorer), the editor,
 * its outline, the problems, and the form preview beside them.
 */
public class StudioPerspective implements IPerspectiveFactory {
	public static final String ID = "dk.tilsyn.studio.perspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.addView(IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.LEFT, 0.2f, editors);
		IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.62f, editors);
		right.addView("dk.tilsyn.lang.ui.preview");
		right.addView(IPageLayout.ID_OUTLINE);
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.72f, editors);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addPlaceholder("dk.tilsyn.editor.references");
		layout.addNewWizardShortcut("dk.tilsyn.lang.ui.newConcept");
		layout.addShowViewShortcut("dk.tilsyn.lang.ui.preview");
		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
	}
}
