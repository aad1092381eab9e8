package dk.tilsyn.editor.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

import com.google.gson.Gson;

/**
 * The validator's issues as problem markers: the editor shows them as annotations, the
 * Problems view lists them, and their quick fixes come from the language's code actions.
 */
public final class Markers {
	public static final String PROBLEM = "dk.tilsyn.editor.problem";
	/** The issue code (see the language's IssueCodes). */
	public static final String CODE = "code";
	/** The issue data as a JSON array of strings. */
	public static final String DATA = "data";
	public static final String COLUMN = "column";

	private static final Gson GSON = new Gson();
	private static final Map<IFile, List<Map<String, Object>>> SHOWN = new HashMap<>();

	private Markers() {
	}

	/** Replaces the file's problem markers with the issues, unless they are the ones shown already. */
	public static void update(IFile file, List<Issue> issues, String languageName) {
		List<Map<String, Object>> wanted = new ArrayList<>();
		for (Issue issue : issues) {
			if (issue.getSeverity() == Severity.IGNORE || issue.getOffset() == null) {
				continue;
			}
			Map<String, Object> attributes = new HashMap<>();
			attributes.put(IMarker.MESSAGE, issue.getMessage());
			attributes.put(IMarker.SEVERITY, switch (issue.getSeverity()) {
			case ERROR -> IMarker.SEVERITY_ERROR;
			case WARNING -> IMarker.SEVERITY_WARNING;
			default -> IMarker.SEVERITY_INFO;
			});
			int line = issue.getLineNumber() == null ? 1 : issue.getLineNumber();
			attributes.put(IMarker.LINE_NUMBER, line);
			attributes.put(IMarker.LOCATION, NLS.bind(Messages.location, line,
					issue.getColumn() == null ? 1 : issue.getColumn()));
			attributes.put(IMarker.CHAR_START, issue.getOffset());
			attributes.put(IMarker.CHAR_END, issue.getOffset() + (issue.getLength() == null ? 0 : issue.getLength()));
			attributes.put(IMarker.SOURCE_ID, languageName);
			if (issue.getColumn() != null) {
				attributes.put(COLUMN, issue.getColumn());
			}
			if (issue.getCode() != null) {
				attributes.put(CODE, issue.getCode());
				attributes.put(DATA, GSON.toJson(issue.getData() == null ? new String[0] : issue.getData()));
			}
			wanted.add(attributes);
		}
		synchronized (SHOWN) {
			if (Objects.equals(SHOWN.get(file), wanted) && file.exists()) {
				return;
			}
			SHOWN.put(file, wanted);
		}
		try {
			ResourcesPlugin.getWorkspace().run(monitor -> {
				if (!file.exists()) {
					return;
				}
				file.deleteMarkers(PROBLEM, true, IResource.DEPTH_ZERO);
				for (Map<String, Object> attributes : wanted) {
					file.createMarker(PROBLEM, attributes);
				}
			}, file, IWorkspace.AVOID_UPDATE, null);
		} catch (CoreException e) {
			ILog.of(Markers.class).error("Markers of " + file.getFullPath() + " not updated", e);
		}
	}

	/** Forgets what was shown for a file, so that the next update writes its markers again. */
	public static void forget(IFile file) {
		synchronized (SHOWN) {
			SHOWN.remove(file);
		}
	}

	public static String[] data(IMarker marker) {
		String json = marker.getAttribute(DATA, null);
		return json == null ? new String[0] : GSON.fromJson(json, String[].class);
	}
}
