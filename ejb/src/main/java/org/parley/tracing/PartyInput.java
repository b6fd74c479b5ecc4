package org.parley.tracing;

import java.util.Objects;

/**
 * A sender or recipient as a person gives it: exactly one of a contact, a company, a user or a bare number.
 */
public class PartyInput {

    private Long contact;
    private Long company;
    private String user;
    private String number;

    public PartyInput() {
    }

    public PartyInput(Long contact, Long company, String user, String number) {
        this.contact = contact;
        this.company = company;
        this.user = user;
        this.number = number;
    }

    public static PartyInput contact(long id) {
        return new PartyInput(id, null, null, null);
    }

    public static PartyInput company(long id) {
        return new PartyInput(null, id, null, null);
    }

    public static PartyInput user(String username) {
        return new PartyInput(null, null, username, null);
    }

    public static PartyInput number(String number) {
        return new PartyInput(null, null, null, number);
    }

    /** How many of the four are given. */
    public int given() {
        return (contact == null ? 0 : 1) + (company == null ? 0 : 1) + (blank(user) ? 0 : 1) + (blank(number) ? 0 : 1);
    }

    /** Whether it is a known contact or company. */
    public boolean known() {
        return contact != null || company != null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public Long getContact() {
        return contact;
    }

    public void setContact(Long contact) {
        this.contact = contact;
    }

    public Long getCompany() {
        return company;
    }

    public void setCompany(Long company) {
        this.company = company;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = blank(user) ? null : user.strip();
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = blank(number) ? null : number.strip();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PartyInput p && Objects.equals(contact, p.contact) && Objects.equals(company, p.company)
                && Objects.equals(user, p.user) && Objects.equals(number, p.number);
    }

    @Override
    public int hashCode() {
        return Objects.hash(contact, company, user, number);
    }
}
