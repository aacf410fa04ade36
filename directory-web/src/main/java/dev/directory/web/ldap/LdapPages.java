package dev.directory.web.ldap;

import com.unboundid.asn1.ASN1OctetString;
import com.unboundid.ldap.sdk.Control;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.controls.SimplePagedResultsControl;
import java.util.List;

/**
 * What a search answer holds of each entry (the attributes asked for), and where a page of the
 * paged-results control (RFC 2696) begins: its cookie is the offset of the next entry.
 */
final class LdapPages {

  private LdapPages() {}

  static Entry only(Entry entry, List<String> attributes) {
    if (attributes.isEmpty() || attributes.contains("*")) {
      return entry;
    }
    Entry reduced = new Entry(entry.getDN());
    for (String name : attributes) {
      if (entry.hasAttribute(name)) {
        reduced.addAttribute(entry.getAttribute(name));
      }
    }
    return reduced;
  }

  static SimplePagedResultsControl paging(List<Control> controls) throws LDAPException {
    for (Control control : controls) {
      if (control.getOID().equals(SimplePagedResultsControl.PAGED_RESULTS_OID)) {
        return new SimplePagedResultsControl(
            control.getOID(), control.isCritical(), control.getValue());
      }
    }
    return null;
  }

  static int offset(ASN1OctetString cookie) {
    if (cookie == null || cookie.getValueLength() == 0) {
      return 0;
    }
    try {
      return Math.max(0, Integer.parseInt(cookie.stringValue()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
