package org.shouwang.demo;

import java.time.LocalDate;
import java.util.List;

/** A file the generator writes: its name, the feed it belongs to and the department it is from. */
public record DemoFile(String name, String feed, String source) {

  /** Every file of a generated county, in the order a county imports them. */
  public static List<DemoFile> all(LocalDate asOf) {
    int latest = asOf.getYear() - 1;
    return List.of(
        new DemoFile("household.csv", "household", "县乡村振兴局"),
        new DemoFile("member.csv", "member", "县乡村振兴局"),
        new DemoFile("income_" + (latest - 1) + ".xlsx", "income", "县乡村振兴局"),
        new DemoFile("income_" + latest + ".csv", "income", "县乡村振兴局"),
        new DemoFile("medical.csv", "medical", "县医疗保障局"),
        new DemoFile("civil_affairs.csv", "civil_affairs", "县民政局"),
        new DemoFile("death.csv", "death", "县公安局"),
        new DemoFile("education.xlsx", "education", "县教育局"),
        new DemoFile("housing.csv", "housing", "县住房和城乡建设局"),
        new DemoFile("employment.csv", "employment", "县人力资源和社会保障局"),
        new DemoFile("disaster.csv", "disaster", "县应急管理局"),
        new DemoFile("accident.csv", "accident", "县公安局交通管理大队"),
        new DemoFile("disability.csv", "disability", "县残疾人联合会"),
        new DemoFile("water.csv", "water", "县水利局"),
        new DemoFile("vehicle.csv", "vehicle", "县公安局交通管理大队"),
        new DemoFile("business.csv", "business", "县市场监督管理局"));
  }

  public boolean registry() {
    return feed.equals("household") || feed.equals("member") || feed.equals("income");
  }
}
