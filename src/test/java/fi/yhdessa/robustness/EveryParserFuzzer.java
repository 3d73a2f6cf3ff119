package fi.yhdessa.robustness;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.List;

/**
 * Every fuzz target behind one: the input's last byte chooses the target ({@link FuzzedDataProvider} takes numbers
 * from the end) and the rest is that target's input. The short run in {@code ./mvnw verify} fuzzes all parsers in one
 * Jazzer process, whose start-up was most of a run per target; the long run fuzzes each on its own.
 */
final class EveryParserFuzzer {

	/** A target's entry, whichever of Jazzer's two forms it takes. */
	private interface Entry {

		void run(FuzzedDataProvider data) throws Throwable;
	}

	private static final List<Entry> TARGETS = Fuzzing.TARGETS.stream().map(EveryParserFuzzer::entry).toList();

	private EveryParserFuzzer() {
	}

	public static void fuzzerTestOneInput(FuzzedDataProvider data) throws Throwable {
		TARGETS.get(data.consumeInt(0, TARGETS.size() - 1)).run(data);
	}

	private static Entry entry(String target) {
		try {
			Class<?> type = Class.forName(target);
			for (Method method : type.getDeclaredMethods()) {
				if (!method.getName().equals("fuzzerTestOneInput") || method.getParameterCount() != 1) {
					continue;
				}
				method.setAccessible(true);
				MethodHandle handle = MethodHandles.lookup().unreflect(method);
				if (method.getParameterTypes()[0] == FuzzedDataProvider.class) {
					MethodHandle exact = handle.asType(MethodType.methodType(void.class, FuzzedDataProvider.class));
					return data -> {
						exact.invoke(data);
					};
				}
				if (method.getParameterTypes()[0] == byte[].class) {
					MethodHandle exact = handle.asType(MethodType.methodType(void.class, byte[].class));
					return data -> {
						exact.invoke(data.consumeRemainingAsBytes());
					};
				}
			}
			throw new NoSuchMethodException(target + ".fuzzerTestOneInput");
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException("No fuzz target " + target, e);
		}
	}
}
