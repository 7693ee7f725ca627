package org.shouwang.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.shouwang.engine.person.ResidentId;

/** Makes households of people whose ages, relations, skills and schooling fit together. */
final class People {
  private final String county;
  private final LocalDate asOf;
  private final Map<Long, Integer> issued = new HashMap<>();

  People(String county, LocalDate asOf) {
    this.county = county;
    this.asOf = asOf;
  }

  /** A valid, unique resident ID for the birth date and sex (the 17th digit's parity). */
  String id(LocalDate birth, boolean male) {
    LocalDate day = birth;
    while (true) {
      int n = issued.merge(day.toEpochDay(), 1, Integer::sum);
      if (n < 499) {
        int seq = n * 2 + (male ? 1 : 0);
        String first17 = county + day.toString().replace("-", "") + String.format("%03d", seq);
        return first17 + ResidentId.checkCharacter(first17);
      }
      day = day.plusDays(1);
    }
  }

  List<Person> household(SplittableRandom r) {
    int size = size(r);
    List<Person> out = new ArrayList<>(size);
    boolean headMale = r.nextInt(100) < 85;
    int headAge = 28 + r.nextInt(size == 1 ? 55 : 45);
    String surname = Names.surname(r);
    out.add(person(r, surname, "户主", headMale, headAge));
    if (size >= 2 && (headAge < 75 || r.nextBoolean())) {
      out.add(person(r, Names.surname(r), "配偶", !headMale, clamp(headAge + r.nextInt(9) - 4, 20)));
    }
    while (out.size() < size) {
      int kind = r.nextInt(10);
      if (kind < 6 && headAge >= 22) {
        int age = Math.max(0, headAge - 20 - r.nextInt(16));
        out.add(person(r, surname, "子女", r.nextBoolean(), age));
      } else if (kind < 8 && headAge < 62) {
        out.add(person(r, surname, "父母", r.nextBoolean(), headAge + 22 + r.nextInt(12)));
      } else if (headAge >= 45) {
        int age = Math.max(0, headAge - 42 - r.nextInt(10));
        out.add(person(r, surname, "孙子女", r.nextBoolean(), age));
      } else {
        out.add(person(r, surname, "子女", r.nextBoolean(), r.nextInt(Math.max(1, headAge - 19))));
      }
    }
    return out;
  }

  private static int clamp(int age, int min) {
    return Math.max(min, age);
  }

  private static int size(SplittableRandom r) {
    int x = r.nextInt(100);
    if (x < 12) {
      return 1;
    }
    if (x < 34) {
      return 2;
    }
    if (x < 59) {
      return 3;
    }
    if (x < 81) {
      return 4;
    }
    if (x < 93) {
      return 5;
    }
    return x < 98 ? 6 : 7;
  }

  private Person person(
      SplittableRandom r, String surname, String relation, boolean male, int age) {
    LocalDate birth = asOf.minusYears(age).minusDays(r.nextInt(365));
    String health = health(r, age);
    String labor = labor(r, age, health);
    String student = student(r, age);
    String work = "未务工";
    int months = 0;
    if (labor.equals("技能劳动力") || labor.equals("普通劳动力")) {
      int w = r.nextInt(100);
      work = w < 25 ? "省外务工" : w < 40 ? "省内县外务工" : w < 65 ? "县内务工" : "未务工";
      months = work.equals("未务工") ? 0 : 3 + r.nextInt(10);
    }
    return new Person(
        id(birth, male),
        surname + Names.given(r, male),
        relation,
        male,
        birth,
        health,
        labor,
        student,
        r.nextInt(1000) < 985,
        age >= 16 && r.nextInt(100) < 92,
        work,
        months);
  }

  private static String health(SplittableRandom r, int age) {
    int x = r.nextInt(1000);
    int chronic = age >= 60 ? 180 : age >= 40 ? 70 : 15;
    if (x < 12) {
      return "残疾";
    }
    if (x < 12 + chronic / 6) {
      return "患有大病";
    }
    if (x < 12 + chronic) {
      return "长期慢性病";
    }
    return "健康";
  }

  private static String labor(SplittableRandom r, int age, String health) {
    if (age < 16 || age >= 75) {
      return "无劳动力";
    }
    if (health.equals("残疾") || health.equals("患有大病")) {
      return r.nextInt(100) < 60 ? "丧失劳动力" : "弱劳动力或半劳动力";
    }
    if (age >= 65 || health.equals("长期慢性病")) {
      return "弱劳动力或半劳动力";
    }
    return r.nextInt(100) < 22 ? "技能劳动力" : "普通劳动力";
  }

  private static String student(SplittableRandom r, int age) {
    if (age < 3) {
      return "非在校生";
    }
    if (age < 6) {
      return r.nextInt(100) < 80 ? "学前教育" : "非在校生";
    }
    if (age < 12) {
      return "小学";
    }
    if (age < 15) {
      return "初中";
    }
    if (age < 18) {
      return r.nextInt(100) < 60 ? "高中" : r.nextInt(100) < 85 ? "中职" : "非在校生";
    }
    if (age < 22) {
      int x = r.nextInt(100);
      return x < 30 ? "大专及以上" : x < 42 ? "高职" : "非在校生";
    }
    return "非在校生";
  }
}
