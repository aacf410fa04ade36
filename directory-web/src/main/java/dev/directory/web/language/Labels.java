package dev.directory.web.language;

import dev.directory.core.country.Countries;
import dev.directory.search.query.ResultType;
import java.text.NumberFormat;
import java.util.Locale;

/** The directory's values named in the reader's language: countries, languages, types, numbers. */
public final class Labels {

  private Labels() {}

  public static String country(String code) {
    return Countries.name(code, Texts.locale());
  }

  /** "Spanish", "español", "espagnol": the name capitalised as a label is. */
  public static String language(String code) {
    Locale reader = Texts.locale();
    String name = Locale.forLanguageTag(code).getDisplayLanguage(reader);
    return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(reader) + name.substring(1);
  }

  public static String type(ResultType type) {
    return Texts.t("type." + type.code());
  }

  /** 12,345 in English, 12.345 in Spanish, 12 345 in French. */
  public static String number(long value) {
    return NumberFormat.getIntegerInstance(Texts.locale()).format(value);
  }
}
