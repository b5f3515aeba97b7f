define internal i32 @"(*main.Bird).Legs"(ptr %p0, ptr %context) #_ {
entry:
  %t0 = alloca ptr, align 4
  br label %b0
b0:
  store ptr zeroinitializer, ptr %t0
  store ptr %p0, ptr %t0
  ret i32 2
}

define internal {ptr, i32} @"(*main.Bird).Sound"(ptr %p0, ptr %context) #_ {
entry:
  %t0 = alloca ptr, align 4
  br label %b0
b0:
  store ptr zeroinitializer, ptr %t0
  store ptr %p0, ptr %t0
  ret {ptr, i32} {ptr @"main$string.40a3bd1eb0", i32 5}
}

define internal i32 @"(main.Dog).Legs"({{ptr, i32}} %p0, ptr %context) #_ {
entry:
  %t0 = alloca {{ptr, i32}}, align 4
  br label %b0
b0:
  store {{ptr, i32}} zeroinitializer, ptr %t0
  store {{ptr, i32}} %p0, ptr %t0
  ret i32 4
}

define internal {ptr, i32} @"(main.Dog).Sound"({{ptr, i32}} %p0, ptr %context) #_ {
entry:
  %gcframe = alloca {ptr, i32, ptr, {{ptr, i32}}}, align 8
  store {ptr, i32, ptr, {{ptr, i32}}} zeroinitializer, ptr %gcframe
  %gcslot.2 = getelementptr inbounds {ptr, i32, ptr, {{ptr, i32}}}, ptr %gcframe, i32 0, i32 2
  %gcslot.3 = getelementptr inbounds {ptr, i32, ptr, {{ptr, i32}}}, ptr %gcframe, i32 0, i32 3
  %t0 = getelementptr inbounds {ptr, i32, ptr, {{ptr, i32}}}, ptr %gcframe, i32 0, i32 3
  %gcprev = load ptr, ptr @"runtime.stackChainStart"
  store ptr %gcprev, ptr %gcframe
  %gcsize = getelementptr inbounds {ptr, i32}, ptr %gcframe, i32 0, i32 1
  store i32 ptrtoint (ptr getelementptr ({ptr, i32, ptr, {{ptr, i32}}}, ptr null, i32 1) to i32), ptr %gcsize
  store ptr %gcframe, ptr @"runtime.stackChainStart"
  br label %b0
b0:
  store {{ptr, i32}} zeroinitializer, ptr %t0
  store {{ptr, i32}} %p0, ptr %t0
  %t1 = getelementptr inbounds {{ptr, i32}}, ptr %t0, i32 0, i32 0
  %t2 = load {ptr, i32}, ptr %t1
  %gcptr.1 = extractvalue {ptr, i32} %t2, 0
  store ptr %gcptr.1, ptr %gcslot.2
  %.1 = call {ptr, i32} @"runtime.stringConcat"({ptr, i32} %t2, {ptr, i32} {ptr @"main$string.113f75ac81", i32 6}, ptr undef)
  store ptr %gcprev, ptr @"runtime.stackChainStart"
  ret {ptr, i32} %.1
}

define internal void @"main.init"(ptr %context) #_ {
entry:
  br label %b0
b0:
  ret void
}

define internal i32 @"main.legs"({ptr, i32, i32} %p0, ptr %context) #_ {
entry:
  %gcframe = alloca {ptr, i32, ptr}, align 8
  %t0 = alloca {ptr, i32, i32}, align 4
  %t1 = alloca i32, align 4
  %t4 = alloca i32, align 4
  %t8 = alloca {ptr, ptr}, align 4
  store {ptr, i32, ptr} zeroinitializer, ptr %gcframe
  %gcslot.2 = getelementptr inbounds {ptr, i32, ptr}, ptr %gcframe, i32 0, i32 2
  %gcprev = load ptr, ptr @"runtime.stackChainStart"
  store ptr %gcprev, ptr %gcframe
  %gcsize = getelementptr inbounds {ptr, i32}, ptr %gcframe, i32 0, i32 1
  store i32 ptrtoint (ptr getelementptr ({ptr, i32, ptr}, ptr null, i32 1) to i32), ptr %gcsize
  store ptr %gcframe, ptr @"runtime.stackChainStart"
  br label %b0
b0:
  store {ptr, i32, i32} zeroinitializer, ptr %t0
  store {ptr, i32, i32} %p0, ptr %t0
  store i32 zeroinitializer, ptr %t1
  store i32 0, ptr %t1
  %t2 = load {ptr, i32, i32}, ptr %t0
  %gcptr.1 = extractvalue {ptr, i32, i32} %t2, 0
  store ptr %gcptr.1, ptr %gcslot.2
  %t3 = extractvalue {ptr, i32, i32} %t2, 1
  store i32 zeroinitializer, ptr %t4
  store i32 0, ptr %t4
  br label %b1
b1:
  %t5 = load i32, ptr %t4
  %t6 = icmp slt i32 %t5, %t3
  br i1 %t6, label %b3, label %b2
b2:
  %t7 = load i32, ptr %t1
  store ptr %gcprev, ptr @"runtime.stackChainStart"
  ret i32 %t7
b3:
  store {ptr, ptr} zeroinitializer, ptr %t8
  %.1 = extractvalue {ptr, i32, i32} %t2, 0
  %.2 = extractvalue {ptr, i32, i32} %t2, 1
  %.3 = icmp uge i32 %t5, %.2
  br i1 %.3, label %panic.4, label %ok.5
panic.4:
  %.6 = sext i32 %t5 to i64
  call void @"runtime.panicBounds"(i32 0, i64 %.6, i1 true, i32 %.2, ptr undef)
  unreachable
ok.5:
  %t9 = getelementptr inbounds {ptr, ptr}, ptr %.1, i32 %t5
  %t10 = load {ptr, ptr}, ptr %t9
  store {ptr, ptr} %t10, ptr %t8
  %t11 = load {ptr, ptr}, ptr %t8
  %.7 = extractvalue {ptr, ptr} %t11, 0
  %.8 = extractvalue {ptr, ptr} %t11, 1
  %t12 = call i32 @"invoke:Legs() int"(ptr %.7, ptr %.8, ptr undef)
  %t13 = load i32, ptr %t1
  %t14 = add i32 %t13, %t12
  store i32 %t14, ptr %t1
  br label %b4
b4:
  %t15 = load i32, ptr %t4
  %t16 = add i32 %t15, 1
  store i32 %t16, ptr %t4
  br label %b1
}

define internal void @"main.main"(ptr %context) #_ {
entry:
  %gcframe = alloca {ptr, i32, ptr, ptr, ptr, ptr, ptr, ptr, [2 x {ptr, ptr}], {{ptr, i32}}, {{ptr, i32}}}, align 8
  %t11 = alloca {ptr, i32, i32}, align 4
  %t17 = alloca i32, align 4
  %t20 = alloca {ptr, ptr}, align 4
  %t28 = alloca i1, align 1
  %t37 = alloca ptr, align 4
  store {ptr, i32, ptr, ptr, ptr, ptr, ptr, ptr, [2 x {ptr, ptr}], {{ptr, i32}}, {{ptr, i32}}} zeroinitializer, ptr %gcframe
  %gcslot.2 = getelementptr inbounds {ptr, i32, ptr, ptr, ptr, ptr, ptr, ptr, [2 x {ptr, ptr}], {{ptr, i32}}, {{ptr, i32}}}, ptr %gcframe, i32 0, i32 2
  %gcslot.3 = getelementptr inbounds {ptr, i32, ptr, ptr, ptr, ptr, ptr, ptr, [2 x {ptr, ptr}], {{ptr, i32}}, {{ptr, i32}}}, ptr %gcframe, i32 0, i32 3
  %gcslot.4 = getelementptr inbounds {ptr, i32, ptr, ptr, ptr, ptr, ptr, ptr, [2 x {ptr, ptr}], {{ptr, i32}}, {{ptr, i32}}}, ptr %gcframe, i32 0, i32 4
  %gcslot.5 = getelementptr inbounds {ptr, i32, ptr, ptr, ptr, ptr, ptr, ptr, [2 x {ptr, ptr}], {{ptr, i32}}, {{ptr, i32}}}, ptr %gcframe, i32 0, i32 5
  %gcslot.6 = getelementptr inbounds {ptr, i32, ptr, ptr, ptr, ptr, ptr, ptr, [2 x {ptr, ptr}], {{ptr, i32}}, {{ptr, i32}}}, ptr %gcframe, i32 0, i32 6
  %gcslot.7 = getelementptr inbounds {ptr, i32, ptr, ptr, ptr, ptr, ptr, ptr, [2 x {ptr, ptr}], {{ptr, i32}}, {{ptr, i32}}}, ptr %gcframe, i32 0, i32 7
  %gcslot.8 = getelementptr inbounds {ptr, i32, ptr, ptr, ptr, ptr, ptr, ptr, [2 x {ptr, ptr}], {{ptr, i32}}, {{ptr, i32}}}, ptr %gcframe, i32 0, i32 8
  %gcslot.9 = getelementptr inbounds {ptr, i32, ptr, ptr, ptr, ptr, ptr, ptr, [2 x {ptr, ptr}], {{ptr, i32}}, {{ptr, i32}}}, ptr %gcframe, i32 0, i32 9
  %gcslot.10 = getelementptr inbounds {ptr, i32, ptr, ptr, ptr, ptr, ptr, ptr, [2 x {ptr, ptr}], {{ptr, i32}}, {{ptr, i32}}}, ptr %gcframe, i32 0, i32 10
  %t0 = getelementptr inbounds {ptr, i32, ptr, ptr, ptr, ptr, ptr, ptr, [2 x {ptr, ptr}], {{ptr, i32}}, {{ptr, i32}}}, ptr %gcframe, i32 0, i32 8
  %t2 = getelementptr inbounds {ptr, i32, ptr, ptr, ptr, ptr, ptr, ptr, [2 x {ptr, ptr}], {{ptr, i32}}, {{ptr, i32}}}, ptr %gcframe, i32 0, i32 9
  %t27 = getelementptr inbounds {ptr, i32, ptr, ptr, ptr, ptr, ptr, ptr, [2 x {ptr, ptr}], {{ptr, i32}}, {{ptr, i32}}}, ptr %gcframe, i32 0, i32 10
  %gcprev = load ptr, ptr @"runtime.stackChainStart"
  store ptr %gcprev, ptr %gcframe
  %gcsize = getelementptr inbounds {ptr, i32}, ptr %gcframe, i32 0, i32 1
  store i32 ptrtoint (ptr getelementptr ({ptr, i32, ptr, ptr, ptr, ptr, ptr, ptr, [2 x {ptr, ptr}], {{ptr, i32}}, {{ptr, i32}}}, ptr null, i32 1) to i32), ptr %gcsize
  store ptr %gcframe, ptr @"runtime.stackChainStart"
  br label %b0
b0:
  store [2 x {ptr, ptr}] zeroinitializer, ptr %t0
  %t1 = getelementptr inbounds [2 x {ptr, ptr}], ptr %t0, i32 0, i32 0
  store ptr %t1, ptr %gcslot.3
  store {{ptr, i32}} zeroinitializer, ptr %t2
  %t3 = getelementptr inbounds {{ptr, i32}}, ptr %t2, i32 0, i32 0
  store {ptr, i32} {ptr @"main$string.2bc3ddc6e6", i32 3}, ptr %t3
  %t4 = load {{ptr, i32}}, ptr %t2
  %gcptr.1 = extractvalue {{ptr, i32}} %t4, 0, 0
  store ptr %gcptr.1, ptr %gcslot.4
  %.1 = call ptr @"runtime.allocTyped"(i32 8, i32 8, i32 1, ptr undef)
  store {{ptr, i32}} %t4, ptr %.1
  %.2 = insertvalue {ptr, ptr} undef, ptr @"type:main.Dog", 0
  %t5 = insertvalue {ptr, ptr} %.2, ptr %.1, 1
  store {ptr, ptr} %t5, ptr %t1
  %t6 = getelementptr inbounds [2 x {ptr, ptr}], ptr %t0, i32 0, i32 1
  store ptr %t6, ptr %gcslot.3
  %.3 = call ptr @"runtime.allocNoscan"(i32 4, ptr undef)
  %t8 = getelementptr inbounds {i32}, ptr %.3, i32 0, i32 0
  store i32 2, ptr %t8
  %.4 = insertvalue {ptr, ptr} undef, ptr @"type:*main.Bird", 0
  %t9 = insertvalue {ptr, ptr} %.4, ptr %.3, 1
  store {ptr, ptr} %t9, ptr %t6
  %.5 = sub i32 2, 0
  %.6 = sub i32 2, 0
  %.7 = insertvalue {ptr, i32, i32} undef, ptr %t0, 0
  %.8 = insertvalue {ptr, i32, i32} %.7, i32 %.5, 1
  %.9 = insertvalue {ptr, i32, i32} %.8, i32 %.6, 2
  store {ptr, i32, i32} zeroinitializer, ptr %t11
  store {ptr, i32, i32} %.9, ptr %t11
  %gcptr.5 = extractvalue {ptr, i32, i32} %.9, 0
  store ptr %gcptr.5, ptr %gcslot.5
  %t12 = load {ptr, i32, i32}, ptr %t11
  %t13 = call i32 @"main.legs"({ptr, i32, i32} %t12, ptr undef)
  call void @"runtime.printlock"(ptr undef)
  %.10 = sext i32 %t13 to i64
  call void @"runtime.printint"(i64 %.10, ptr undef)
  call void @"runtime.printnl"(ptr undef)
  call void @"runtime.printunlock"(ptr undef)
  %t15 = load {ptr, i32, i32}, ptr %t11
  %gcptr.2 = extractvalue {ptr, i32, i32} %t15, 0
  store ptr %gcptr.2, ptr %gcslot.2
  %t16 = extractvalue {ptr, i32, i32} %t15, 1
  store i32 zeroinitializer, ptr %t17
  store i32 0, ptr %t17
  br label %b1
b1:
  %t18 = load i32, ptr %t17
  %t19 = icmp slt i32 %t18, %t16
  br i1 %t19, label %b3, label %b2
b2:
  store ptr %gcprev, ptr @"runtime.stackChainStart"
  ret void
b3:
  store {ptr, ptr} zeroinitializer, ptr %t20
  %.11 = extractvalue {ptr, i32, i32} %t15, 0
  %.12 = extractvalue {ptr, i32, i32} %t15, 1
  %.13 = icmp uge i32 %t18, %.12
  br i1 %.13, label %panic.14, label %ok.15
panic.14:
  %.16 = sext i32 %t18 to i64
  call void @"runtime.panicBounds"(i32 0, i64 %.16, i1 true, i32 %.12, ptr undef)
  unreachable
ok.15:
  %t21 = getelementptr inbounds {ptr, ptr}, ptr %.11, i32 %t18
  %t22 = load {ptr, ptr}, ptr %t21
  store {ptr, ptr} %t22, ptr %t20
  %gcptr.6 = extractvalue {ptr, ptr} %t22, 0
  store ptr %gcptr.6, ptr %gcslot.6
  %gcptr.7 = extractvalue {ptr, ptr} %t22, 1
  store ptr %gcptr.7, ptr %gcslot.7
  %t23 = load {ptr, ptr}, ptr %t20
  %.17 = extractvalue {ptr, ptr} %t23, 0
  %.18 = extractvalue {ptr, ptr} %t23, 1
  %.19 = icmp eq ptr %.17, @"type:main.Dog"
  br i1 %.19, label %assert.ok.20, label %assert.done.21
assert.ok.20:
  %.22 = load {{ptr, i32}}, ptr %.18
  br label %assert.done.21
assert.done.21:
  %.23 = phi {{ptr, i32}} [%.22, %assert.ok.20], [zeroinitializer, %ok.15]
  %.24 = insertvalue {{{ptr, i32}}, i1} undef, {{ptr, i32}} %.23, 0
  %t24 = insertvalue {{{ptr, i32}}, i1} %.24, i1 %.19, 1
  %t25 = extractvalue {{{ptr, i32}}, i1} %t24, 0
  %t26 = extractvalue {{{ptr, i32}}, i1} %t24, 1
  store {{ptr, i32}} zeroinitializer, ptr %t27
  store {{ptr, i32}} %t25, ptr %t27
  store i1 zeroinitializer, ptr %t28
  store i1 %t26, ptr %t28
  %t29 = load i1, ptr %t28
  br i1 %t29, label %b4, label %b5
b4:
  %t30 = getelementptr inbounds {{ptr, i32}}, ptr %t27, i32 0, i32 0
  %t31 = load {ptr, i32}, ptr %t30
  %gcptr.3 = extractvalue {ptr, i32} %t31, 0
  store ptr %gcptr.3, ptr %gcslot.3
  call void @"runtime.printlock"(ptr undef)
  call void @"runtime.printstring"({ptr, i32} %t31, ptr undef)
  call void @"runtime.printnl"(ptr undef)
  call void @"runtime.printunlock"(ptr undef)
  br label %b5
b5:
  %t33 = load {ptr, ptr}, ptr %t20
  %.25 = extractvalue {ptr, ptr} %t33, 0
  %.26 = extractvalue {ptr, ptr} %t33, 1
  %.27 = icmp eq ptr %.25, @"type:*main.Bird"
  br i1 %.27, label %assert.ok.28, label %assert.done.29
assert.ok.28:
  br label %assert.done.29
assert.done.29:
  %.30 = phi ptr [%.26, %assert.ok.28], [zeroinitializer, %b5]
  %.31 = insertvalue {ptr, i1} undef, ptr %.30, 0
  %t34 = insertvalue {ptr, i1} %.31, i1 %.27, 1
  %t35 = extractvalue {ptr, i1} %t34, 1
  %t36 = extractvalue {ptr, i1} %t34, 0
  br i1 %t35, label %b7, label %b6
b6:
  br label %b9
b7:
  store ptr zeroinitializer, ptr %t37
  store ptr %t36, ptr %t37
  br label %b8
b8:
  %t38 = load ptr, ptr %t37
  %.32 = icmp eq ptr %t38, null
  br i1 %.32, label %panic.33, label %ok.34
panic.33:
  call void @"runtime.panicNilDeref"(ptr undef)
  unreachable
ok.34:
  %t39 = getelementptr inbounds {i32}, ptr %t38, i32 0, i32 0
  %t40 = load i32, ptr %t39
  call void @"runtime.printlock"(ptr undef)
  %.35 = sext i32 %t40 to i64
  call void @"runtime.printint"(i64 %.35, ptr undef)
  call void @"runtime.printnl"(ptr undef)
  call void @"runtime.printunlock"(ptr undef)
  br label %b9
b9:
  %t42 = load {ptr, ptr}, ptr %t20
  %.36 = extractvalue {ptr, ptr} %t42, 0
  %.37 = extractvalue {ptr, ptr} %t42, 1
  %t43 = call {ptr, i32} @"invoke:Sound() string"(ptr %.36, ptr %.37, ptr undef)
  %gcptr.4 = extractvalue {ptr, i32} %t43, 0
  store ptr %gcptr.4, ptr %gcslot.3
  call void @"runtime.printlock"(ptr undef)
  call void @"runtime.printstring"({ptr, i32} %t43, ptr undef)
  call void @"runtime.printnl"(ptr undef)
  call void @"runtime.printunlock"(ptr undef)
  br label %b10
b10:
  %t45 = load i32, ptr %t17
  %t46 = add i32 %t45, 1
  store i32 %t46, ptr %t17
  br label %b1
}

@"type:*main.Bird" = internal constant <{i32, i32, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr}> <{i32 4, i32 4, i32 930066901, i8 40, i8 4, i8 4, i8 22, ptr @"tinypy.equal.9d08dd$funcval", ptr @.typename.710c2a4dce, i32 ptrtoint (ptr @.typename.9432e1449f to i32), i32 0, ptr @"type:main.Bird"}>, align 4

@"type:main.Bird" = internal constant <{i32, i32, i32, i8, i8, i8, i8, ptr, [4 x i8], i32, i32, {ptr}, {ptr, i32, i32}, i32, i16, i16, i32, [4 x i8]}> <{i32 4, i32 0, i32 2787795325, i8 13, i8 4, i8 4, i8 25, ptr @"tinypy.equal.9d08dd$funcval", [4 x i8] zeroinitializer, i32 ptrtoint (ptr @.typename.163aa4054c to i32), i32 ptrtoint (ptr @"type:*main.Bird" to i32), {ptr} {ptr @.typename.c3b19f8a8b}, {ptr, i32, i32} {ptr @"type:main.Bird.fields", i32 1, i32 1}, i32 ptrtoint (ptr @.typename.c3b19f8a8b to i32), i16 0, i16 0, i32 0, [4 x i8] zeroinitializer}>, align 4

@"type:main.Bird.fields" = internal constant <{{ptr}, ptr, i32}> <{{ptr} {ptr @.typename.d4d629e6b5}, ptr @"type:int", i32 0}>, align 4

@"type:main.Dog" = internal constant <{i32, i32, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, {ptr}, {ptr, i32, i32}, i32, i16, i16, i32, [4 x i8]}> <{i32 8, i32 4, i32 3072790512, i8 5, i8 4, i8 4, i8 25, ptr @"tinypy.equal.c3d6ed$funcval", ptr @.typename.710c2a4dce, i32 ptrtoint (ptr @.typename.a82270844b to i32), i32 0, {ptr} {ptr @.typename.c3b19f8a8b}, {ptr, i32, i32} {ptr @"type:main.Dog.fields", i32 1, i32 1}, i32 ptrtoint (ptr @.typename.c3b19f8a8b to i32), i16 0, i16 0, i32 0, [4 x i8] zeroinitializer}>, align 4

@"type:main.Dog.fields" = internal constant <{{ptr}, ptr, i32}> <{{ptr} {ptr @.typename.4253aa56d3}, ptr @"type:string", i32 0}>, align 4
